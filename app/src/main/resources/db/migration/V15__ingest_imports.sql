-- ingest: column-mapping profiles, import jobs with progress, row errors and the row-to-record map
CREATE TABLE mapping_profile (
    id         uuid PRIMARY KEY,
    agency_id  uuid        NOT NULL REFERENCES agency (id),
    name       text        NOT NULL,
    columns    jsonb       NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    version    integer     NOT NULL DEFAULT 0,
    UNIQUE (agency_id, name)
);
COMMENT ON TABLE mapping_profile IS 'How one agency''s extract names its columns (canonical column to the agency''s header), saved for re-use.';

CREATE TABLE import_job (
    id                uuid PRIMARY KEY,
    agency_id         uuid        NOT NULL REFERENCES agency (id),
    file_name         text        NOT NULL,
    file_hash         text        NOT NULL,
    format            text        NOT NULL CHECK (format IN ('CSV', 'JSONL')),
    profile_name      text        NOT NULL DEFAULT '',
    accept_valid_rows boolean     NOT NULL,
    status            text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase             text        NOT NULL DEFAULT 'QUEUED',
    rows              integer     NOT NULL DEFAULT 0,
    processed         integer     NOT NULL DEFAULT 0,
    accepted          integer     NOT NULL DEFAULT 0,
    rejected          integer     NOT NULL DEFAULT 0,
    created_records   integer     NOT NULL DEFAULT 0,
    updated_records   integer     NOT NULL DEFAULT 0,
    unchanged_records integer     NOT NULL DEFAULT 0,
    sent_to_review    integer     NOT NULL DEFAULT 0,
    failure           text,
    content           bytea       NOT NULL,
    requested_by      text        NOT NULL,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    UNIQUE (agency_id, file_hash, profile_name, accept_valid_rows)
);
COMMENT ON TABLE import_job IS 'One agency extract and its import: progress, counts and outcome. The same file sent again is the same job (idempotent); a job left RUNNING by a stopped application is resumed when the file is sent again.';

CREATE TABLE import_error (
    import_id   uuid    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_no      integer NOT NULL,
    column_name text    NOT NULL,
    value       text    NOT NULL,
    rule        text    NOT NULL
);
COMMENT ON TABLE import_error IS 'Why rows of an import were refused: row, column, value and the rule broken.';
CREATE INDEX import_error_import ON import_error (import_id, row_no);

CREATE TABLE import_row (
    import_id uuid    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_no    integer NOT NULL,
    source_id text    NOT NULL,
    record_id uuid    NOT NULL REFERENCES person_record (id),
    PRIMARY KEY (import_id, row_no)
);
COMMENT ON TABLE import_row IS 'Each accepted row of an import and the agency person record it became, so the sender can learn the subject of each of its records.';
