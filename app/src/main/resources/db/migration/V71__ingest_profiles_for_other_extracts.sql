-- ingest: a column-mapping profile says which kind of extract it maps (people, or another module's extract such as signals)
ALTER TABLE mapping_profile ADD COLUMN extract text NOT NULL DEFAULT 'PEOPLE' CHECK (extract ~ '^[A-Z_]{1,40}$');
COMMENT ON COLUMN mapping_profile.extract IS 'Which kind of extract the profile maps: PEOPLE (person extracts imported by ingest) or the code of another module''s extract (SIGNALS); columns then maps that extract''s column names to the agency''s headers.';
