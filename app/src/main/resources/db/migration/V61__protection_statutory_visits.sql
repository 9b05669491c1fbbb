-- Issue 14 item 3 (ADR 0042): a statutory visit is a social-work visit at which the child was seen; only such a visit
-- meets the visit clock. Any agency's other direct contact with the child still counts as the child being seen
-- (the "no recent contact" alarm reason) but no longer meets the clock. "Seen alone" is recorded when given
-- (Ofsted ILACS Annex A list 7: last statutory visit, seen alone; docs/domain.md section 5).
ALTER TABLE child_seen DROP CONSTRAINT child_seen_kind_check;
ALTER TABLE child_seen ADD COLUMN child_was_seen boolean NOT NULL DEFAULT true, ADD COLUMN seen_alone boolean;
UPDATE child_seen s
SET kind = CASE WHEN a.kind = 'CHILDRENS_SOCIAL_CARE' AND s.kind IN ('VISIT', 'SEEN_ALONE') THEN 'STATUTORY_VISIT'
                ELSE 'OTHER_DIRECT_CONTACT' END,
    seen_alone = CASE WHEN s.kind = 'SEEN_ALONE' THEN true END
FROM agency a WHERE a.id = s.agency_id;
UPDATE child_seen SET kind = 'OTHER_DIRECT_CONTACT' WHERE kind NOT IN ('STATUTORY_VISIT', 'OTHER_DIRECT_CONTACT');
ALTER TABLE child_seen
    ADD CONSTRAINT child_seen_kind_check CHECK (kind IN ('STATUTORY_VISIT', 'OTHER_DIRECT_CONTACT')),
    ADD CONSTRAINT child_seen_alone_only_if_seen CHECK (seen_alone IS NULL OR child_was_seen OR NOT seen_alone);
CREATE INDEX child_seen_statutory ON child_seen (subject_id, seen_on DESC) WHERE kind = 'STATUTORY_VISIT' AND child_was_seen;
COMMENT ON TABLE child_seen IS
    'Recorded contact with the child: STATUTORY_VISIT is a children''s social care visit (child_was_seen says whether the child was seen, seen_alone whether alone, null when not recorded); OTHER_DIRECT_CONTACT is any agency''s direct contact. Only a statutory visit at which the child was seen meets the visit clock; any contact at which the child was seen counts for the no-recent-contact alarm reason.';
