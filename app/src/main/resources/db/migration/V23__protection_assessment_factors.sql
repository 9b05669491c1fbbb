-- Factors identified at the end of a child and family assessment (CIN census assessment module).

CREATE TABLE assessment_factor_identified (
    subject_id   uuid NOT NULL REFERENCES protection_child (subject_id),
    completed_on date NOT NULL,
    factor_code  text NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (subject_id, completed_on, factor_code)
);
COMMENT ON TABLE assessment_factor_identified IS
    'CIN census factors identified at the end of a child and family assessment (codes in census_code, list ASSESSMENT_FACTOR, e.g. 10A missing, 11A child sexual exploitation, 12A trafficking, 13A gangs, 24A child criminal exploitation).';
