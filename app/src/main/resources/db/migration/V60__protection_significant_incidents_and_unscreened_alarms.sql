-- Issue 14 items 1 and 2 (ADR 0040, 0041).
-- A screening records what set its level (the score, a disclosure, a significant incident or a professional
-- judgement raising it) and the explanation shown on the screening page and in the API. A professional judgement
-- records who made it and why.
ALTER TABLE exploitation_screening
    ADD COLUMN level_basis      text NOT NULL DEFAULT 'SCORE'
        CHECK (level_basis IN ('SCORE', 'SIGNIFICANT_INCIDENT', 'DISCLOSURE', 'PROFESSIONAL_JUDGEMENT')),
    ADD COLUMN scored_rank      integer,
    ADD COLUMN explanation      text,
    ADD COLUMN judgement_by     text,
    ADD COLUMN judgement_reason text,
    ADD CONSTRAINT screening_judgement_recorded CHECK (
        (level_basis = 'PROFESSIONAL_JUDGEMENT') = (judgement_by IS NOT NULL AND judgement_reason IS NOT NULL));
UPDATE exploitation_screening SET level_basis = 'DISCLOSURE' WHERE disclosure;
COMMENT ON COLUMN exploitation_screening.level_basis IS
    'What set the level: SCORE, DISCLOSURE or SIGNIFICANT_INCIDENT (both set the highest level whatever the score), or PROFESSIONAL_JUDGEMENT (raised, never lowered, by judgement_by for judgement_reason).';
COMMENT ON COLUMN exploitation_screening.scored_rank IS 'The level the score alone reached (null before issue 14).';

-- An alarm can now be raised for a child nobody has screened yet (a CIN factor 11A or 24A, a child protection plan
-- under sexual abuse, or another source of exploitation indicators): it has no risk level.
ALTER TABLE protection_alarm ALTER COLUMN risk_rank DROP NOT NULL, ALTER COLUMN risk_label DROP NOT NULL;
COMMENT ON COLUMN protection_alarm.risk_rank IS
    'Rank of the child''s screened risk; null when the alarm is for a child not yet screened (risk_from_top is then 0, so such alarms sort with the highest risks).';

-- When a plan's latest category of abuse took effect (issue 14 item 7): a plan under sexual abuse is an exploitation
-- indicator from that date.
ALTER TABLE protection_plan ADD COLUMN latest_category_since date;
UPDATE protection_plan SET latest_category_since = started_on WHERE latest_category IS NOT NULL;
ALTER TABLE protection_plan ADD CONSTRAINT cp_plan_category_since CHECK ((latest_category IS NULL) = (latest_category_since IS NULL));
COMMENT ON COLUMN protection_plan.latest_category_since IS 'Date the latest category of abuse took effect (the start date, or the conference that changed it).';
CREATE INDEX assessment_factor_exploitation ON assessment_factor_identified (subject_id) WHERE factor_code IN ('11A', '24A');
CREATE INDEX protection_plan_active_sexual_abuse ON protection_plan (subject_id)
    WHERE ended_on IS NULL AND plan_type = 'CHILD_PROTECTION' AND latest_category = 'SAB';
