-- A contact about a child not yet known is recorded in the single view as the referring agency's record of the
-- child. When identity sends that record to review instead of resolving it, protection holds the child under a
-- provisional subject id until the review decides; then the child's protection records follow the decided subject.
CREATE TABLE protection_identity_pending (
    record_id      uuid PRIMARY KEY,
    provisional_id uuid NOT NULL REFERENCES protection_child (subject_id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE protection_identity_pending IS
    'Children recorded from a contact whose single-view record awaits review: the provisional subject id protection uses until identity decides.';
