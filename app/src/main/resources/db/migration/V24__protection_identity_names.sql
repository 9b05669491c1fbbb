-- The single view: a child's name and date of birth as identity resolves them, copied onto the protection summary
-- row whenever the child's alarm is evaluated or identity reports a change, so lists need no per-row call into identity.
ALTER TABLE protection_child ADD COLUMN identity_name text;
ALTER TABLE protection_child ADD COLUMN identity_birth_date date;
ALTER TABLE protection_child ADD COLUMN identity_checked_at timestamptz;
COMMENT ON COLUMN protection_child.identity_name IS
    'Display name of the identity subject (single view); null while identity does not know the child, when stated_name is shown instead.';
COMMENT ON COLUMN protection_child.identity_birth_date IS 'Date of birth from the identity subject; null when unknown there.';
COMMENT ON COLUMN protection_child.identity_checked_at IS 'When the identity details were last copied.';
