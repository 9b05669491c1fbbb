-- Issue 14 item 4 (ADR 0043). The first core group meeting falls due 10 working days after the initial child
-- protection conference that made the plan (Working Together 2018 flowchart; UNVERIFIED for WT 2023, so a local
-- setting: docs/domain.md section 1). A section 47 outcome "ICPC not required" (CIN census s.47 module flag, Annex A
-- list 5 "ICPC deemed unnecessary": docs/domain.md section 5) closes the ICPC clock with that reason.
ALTER TABLE statutory_clock DROP CONSTRAINT statutory_clock_kind_check;
ALTER TABLE statutory_clock ADD CONSTRAINT statutory_clock_kind_check CHECK (kind IN ('REFERRAL_DECISION', 'ASSESSMENT',
    'STRATEGY_DISCUSSION', 'ICPC', 'CORE_GROUP', 'FIRST_REVIEW', 'LATER_REVIEW', 'VISIT'));
ALTER TABLE statutory_clock ADD COLUMN cancel_reason text;
COMMENT ON COLUMN statutory_clock.cancel_reason IS
    'Why a clock closed without being met, when a recorded outcome says so (for example "ICPC not required").';

INSERT INTO protection_setting (key, value, unit, label, basis, unverified) VALUES
 ('clock.core-group', 10, 'WORKING_DAYS', 'First core group meeting',
  'Working Together 2018 flowchart: within 10 working days of the initial conference (not confirmed for Working Together 2023)', true);
