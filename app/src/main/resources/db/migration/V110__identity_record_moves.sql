-- Issue 11: the re-evaluation after an import or a retrained model corrects links the engine made that its clusters
-- no longer support (ADR 0073). Each correction moves a group of records out of a subject; it is recorded here so the
-- subject page can say so and a person can undo it.
CREATE TABLE record_move (
    id           uuid PRIMARY KEY,
    from_subject uuid        NOT NULL REFERENCES subject (id),
    to_subject   uuid        NOT NULL REFERENCES subject (id),
    records      uuid[]      NOT NULL,
    moved_by     text        NOT NULL,
    moved_at     timestamptz NOT NULL,
    reason       text        NOT NULL,
    evidence     jsonb,
    undone_by    text,
    undone_at    timestamptz,
    undo_reason  text,
    version      integer     NOT NULL DEFAULT 0,
    CHECK ((undone_at IS NULL) = (undone_by IS NULL))
);
COMMENT ON TABLE record_move IS 'Records the linkage re-evaluation moved out of a subject because the engine no longer links them with its other records (ADR 0073); a person can undo a move, which puts the records back and keeps them there.';
CREATE INDEX record_move_from ON record_move (from_subject);
CREATE INDEX record_move_to ON record_move (to_subject);
