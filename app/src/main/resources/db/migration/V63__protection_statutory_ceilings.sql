-- Issue 14 item 6 (ADR 0043): a local timescale may be shorter than the statutory one, never longer. The ceilings
-- are the Working Together figures docs/domain.md section 1 gives as confirmed; figures it marks UNVERIFIED (later
-- reviews every 6 months, the first core group within 10 working days) have no ceiling and stay local choices.
ALTER TABLE protection_setting ADD COLUMN statutory_ceiling integer, ADD COLUMN ceiling_statute text,
    ADD CONSTRAINT protection_setting_ceiling_named CHECK ((statutory_ceiling IS NULL) = (ceiling_statute IS NULL));
UPDATE protection_setting SET statutory_ceiling = 1, ceiling_statute = 'Working Together to Safeguard Children 2023'
 WHERE key = 'clock.referral-decision';
UPDATE protection_setting SET statutory_ceiling = 45, ceiling_statute = 'Working Together to Safeguard Children 2023'
 WHERE key = 'clock.assessment';
UPDATE protection_setting SET statutory_ceiling = 15, ceiling_statute = 'Working Together to Safeguard Children 2023'
 WHERE key = 'clock.icpc';
UPDATE protection_setting SET statutory_ceiling = 3, ceiling_statute = 'Working Together to Safeguard Children 2023'
 WHERE key = 'clock.first-review';
COMMENT ON COLUMN protection_setting.statutory_ceiling IS
    'The longest value statute allows (same unit as value), named by ceiling_statute; a partnership lead may set a shorter local timescale, never a longer one. Null where no confirmed statutory figure exists.';
