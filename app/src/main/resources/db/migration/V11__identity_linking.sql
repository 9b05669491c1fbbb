-- identity: linkage models, link decisions, the review queue, "not the same person" and reversible merges
CREATE TABLE linkage_model (
    version       text PRIMARY KEY,
    trained_at    timestamptz NOT NULL,
    trained_by    text        NOT NULL,
    records       integer     NOT NULL,
    model_json    text        NOT NULL,
    weights_table text        NOT NULL,
    active        boolean     NOT NULL DEFAULT false
);
COMMENT ON TABLE linkage_model IS 'Linkage models trained on the region''s own records; exactly one is active and scores arriving records.';
CREATE UNIQUE INDEX linkage_model_one_active ON linkage_model (active) WHERE active;

CREATE TABLE link_decision (
    id                uuid PRIMARY KEY,
    record_id         uuid        NOT NULL REFERENCES person_record (id),
    subject_id        uuid REFERENCES subject (id),
    other_record_id   uuid REFERENCES person_record (id),
    kind              text        NOT NULL CHECK (kind IN ('NEW_SUBJECT', 'AUTO_LINKED', 'SENT_TO_REVIEW', 'CONFIRMED',
                                                          'REJECTED', 'MERGED', 'SPLIT', 'RESCORED')),
    match_weight      double precision,
    match_probability double precision,
    model_version     text,
    explanation       jsonb,
    decided_by        text        NOT NULL,
    reason            text,
    decided_at        timestamptz NOT NULL
);
COMMENT ON TABLE link_decision IS 'Every decision that put an agency record in a subject (or kept it out), with the model version and the per-field explanation; append-only.';
CREATE INDEX link_decision_subject ON link_decision (subject_id);
CREATE INDEX link_decision_record ON link_decision (record_id);

CREATE TABLE review_task (
    id                  uuid PRIMARY KEY,
    record_id           uuid             NOT NULL REFERENCES person_record (id),
    candidate_record_id uuid             NOT NULL REFERENCES person_record (id),
    match_weight        double precision NOT NULL,
    match_probability   double precision NOT NULL,
    model_version       text             NOT NULL,
    explanation         jsonb            NOT NULL,
    contrary            boolean          NOT NULL DEFAULT false,
    status              text             NOT NULL CHECK (status IN ('OPEN', 'DEFERRED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
    created_at          timestamptz      NOT NULL,
    decided_by          text,
    decided_at          timestamptz,
    reason              text,
    version             integer          NOT NULL DEFAULT 0
);
COMMENT ON TABLE review_task IS 'A possible match between two agency records that a MASH officer or analyst must confirm, reject or defer.';
CREATE INDEX review_task_open ON review_task (status, created_at) WHERE status IN ('OPEN', 'DEFERRED');
CREATE UNIQUE INDEX review_task_one_open_pair ON review_task (record_id, candidate_record_id) WHERE status IN ('OPEN', 'DEFERRED');

CREATE TABLE not_same_person (
    record_a   uuid        NOT NULL REFERENCES person_record (id),
    record_b   uuid        NOT NULL REFERENCES person_record (id),
    decided_by text        NOT NULL,
    reason     text,
    decided_at timestamptz NOT NULL,
    PRIMARY KEY (record_a, record_b),
    CHECK (record_a < record_b)
);
COMMENT ON TABLE not_same_person IS 'Pairs of agency records a person decided are different people; every later linking run and merge respects them.';
CREATE INDEX not_same_person_b ON not_same_person (record_b);

CREATE TABLE subject_merge (
    id              uuid PRIMARY KEY,
    survivor_id     uuid        NOT NULL REFERENCES subject (id),
    absorbed_id     uuid        NOT NULL REFERENCES subject (id),
    moved_records   uuid[]      NOT NULL,
    concerns        text[]      NOT NULL DEFAULT '{}',
    override_reason text,
    merged_by       text        NOT NULL,
    merged_at       timestamptz NOT NULL,
    split_by        text,
    split_reason    text,
    split_at        timestamptz,
    version         integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE subject_merge IS 'A merge of one subject into another, with the records it moved, so a split can restore exactly the state before the merge.';
CREATE INDEX subject_merge_survivor ON subject_merge (survivor_id);
