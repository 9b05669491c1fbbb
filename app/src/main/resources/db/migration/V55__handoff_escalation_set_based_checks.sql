-- The escalation sweep records up to hundreds of thousands of escalation steps in one statement (a backlog after an
-- outage). Row-by-row foreign-key triggers took half of that statement's time, so the two references of
-- handoff_escalation are checked once per statement instead, with one anti-join over the rows just inserted.
-- Deleting a referenced hand-off or user (neither is ever deleted: users are deactivated) is refused row by row, as
-- the foreign keys did.

ALTER TABLE handoff_escalation DROP CONSTRAINT handoff_escalation_handoff_id_fkey;
ALTER TABLE handoff_escalation DROP CONSTRAINT handoff_escalation_escalated_to_user_id_fkey;

CREATE FUNCTION handoff_escalation_references_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing text;
BEGIN
    SELECT i.handoff_id::text INTO missing FROM inserted i
    WHERE NOT EXISTS (SELECT 1 FROM handoff h WHERE h.id = i.handoff_id) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'handoff_escalation refers to hand-off % which does not exist', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT i.escalated_to_user_id::text INTO missing FROM inserted i
    WHERE i.escalated_to_user_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = i.escalated_to_user_id) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'handoff_escalation refers to user % who does not exist', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;
COMMENT ON FUNCTION handoff_escalation_references_exist() IS
    'Set-based foreign-key check for handoff_escalation (hand-off and escalated-to user), once per statement.';

CREATE TRIGGER handoff_escalation_references
    AFTER INSERT ON handoff_escalation REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION handoff_escalation_references_exist();

CREATE FUNCTION handoff_escalation_parent_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_TABLE_NAME = 'handoff' AND EXISTS (SELECT 1 FROM handoff_escalation e WHERE e.handoff_id = OLD.id))
       OR (TG_TABLE_NAME = 'app_user' AND EXISTS (SELECT 1 FROM handoff_escalation e WHERE e.escalated_to_user_id = OLD.id)) THEN
        RAISE EXCEPTION 'cannot delete % %: escalation steps refer to it', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END;
$$;
COMMENT ON FUNCTION handoff_escalation_parent_kept() IS
    'The parent side of the handoff_escalation references: refuses deleting a hand-off or user an escalation step refers to.';

CREATE TRIGGER handoff_escalated_kept BEFORE DELETE ON handoff
    FOR EACH ROW EXECUTE FUNCTION handoff_escalation_parent_kept();
CREATE TRIGGER app_user_escalated_to_kept BEFORE DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION handoff_escalation_parent_kept();
