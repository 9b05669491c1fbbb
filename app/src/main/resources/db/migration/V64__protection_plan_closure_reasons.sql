-- Issue 14 item 7 (ADR 0044). Ending a plan records a CIN census reason for closure (RC1 to RC9, census_code list
-- CLOSURE_REASON: docs/domain.md section 5) when it closes the child's case, that is when no other plan stays active;
-- end_reason keeps the practitioner's words.
ALTER TABLE protection_plan ADD COLUMN closure_reason text;
COMMENT ON COLUMN protection_plan.closure_reason IS
    'CIN census reason for closure (RC1 to RC9) given when ending this plan closed the child''s case; null for a plan that ended while another stayed active, and for plans ended before issue 14.';
