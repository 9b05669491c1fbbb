-- identity: agency person records, resolved subjects, names and addresses (multi-valued, with provenance)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE subject (
    id          uuid PRIMARY KEY,
    status      text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED')),
    merged_into uuid REFERENCES subject (id),
    created_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);
COMMENT ON TABLE subject IS 'A resolved person (child or adult) known to one or more agencies; its agency records point to it. A merged subject points to the survivor.';

CREATE TABLE person_record (
    id            uuid PRIMARY KEY,
    agency_id     uuid        NOT NULL REFERENCES agency (id),
    source_system text        NOT NULL,
    source_id     text        NOT NULL,
    content_hash  text        NOT NULL,
    given_name    text,
    family_name   text,
    dob           date,
    sex           text CHECK (sex IN ('M', 'F', 'I', 'U')),
    ethnicity     text,
    nationality   text,
    postcode      text,
    address       text,
    phones        text[]      NOT NULL DEFAULT '{}',
    emails        text[]      NOT NULL DEFAULT '{}',
    nhs_number    text,
    upn           text,
    pnc_id        text,
    first_known   date        NOT NULL,
    subject_id    uuid REFERENCES subject (id),
    link_state    text        NOT NULL CHECK (link_state IN ('LINKED', 'AWAITING_REVIEW')),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    UNIQUE (agency_id, source_id),
    CHECK ((link_state = 'LINKED') = (subject_id IS NOT NULL))
);
COMMENT ON TABLE person_record IS 'One agency''s record of a person, as last received from that agency (source system and source id), linked to a subject unless it awaits review.';
CREATE INDEX person_record_subject ON person_record (subject_id);
CREATE INDEX person_record_nhs ON person_record (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX person_record_upn ON person_record (upn) WHERE upn IS NOT NULL;
CREATE INDEX person_record_pnc ON person_record (pnc_id) WHERE pnc_id IS NOT NULL;
CREATE INDEX person_record_postcode ON person_record (postcode);
CREATE INDEX person_record_dob ON person_record (dob);

CREATE TABLE person_name (
    record_id   uuid NOT NULL REFERENCES person_record (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('PRIMARY', 'ALIAS', 'KNOWN_AS')),
    given_name  text,
    family_name text,
    full_name   text NOT NULL,
    dm_given    text,
    dm_family   text,
    dob         date
);
COMMENT ON TABLE person_name IS 'Every name an agency record holds (primary, aliases, known-as), with lower-case full name for trigram search, Double Metaphone keys for phonetic search, and the record''s date of birth (copied) for name and date searches.';
CREATE INDEX person_name_record ON person_name (record_id);
CREATE INDEX person_name_trgm ON person_name USING gin (full_name gin_trgm_ops);
CREATE INDEX person_name_phonetic ON person_name (dm_family, dm_given);
CREATE INDEX person_name_phonetic_given ON person_name (dm_given);
-- name + date of birth searches read one contiguous range of this index and test the names in it, without the heap
CREATE INDEX person_name_dob ON person_name (dob) INCLUDE (full_name, dm_given, dm_family, record_id);

CREATE TABLE person_address (
    record_id uuid NOT NULL REFERENCES person_record (id) ON DELETE CASCADE,
    line      text,
    postcode  text,
    from_date date,
    to_date   date
);
COMMENT ON TABLE person_address IS 'Addresses an agency record has held, with dates; a later extract with a new address closes the old one.';
CREATE INDEX person_address_record ON person_address (record_id);
CREATE INDEX person_address_postcode ON person_address (postcode);
