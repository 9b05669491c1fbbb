-- What other modules told the panel, kept for agenda building (module panel).

CREATE TABLE panel_signal (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section     text NOT NULL CHECK (section IN ('VICTIMS', 'OFFENDERS', 'LOCATIONS', 'TRENDS')),
    subject_id  uuid,
    heading     text,
    reason      text NOT NULL,
    source      text NOT NULL,
    source_id   uuid NOT NULL,
    raised_at   timestamptz NOT NULL,
    UNIQUE (source, source_id)
);
COMMENT ON TABLE panel_signal IS
    'Reasons for the exploitation panel to discuss a child, suspect or place, recorded from other modules'' events '
    '(protection alarms and rising risk, pursuit alarms). The agenda draws those raised since the last meeting.';
CREATE INDEX panel_signal_raised_at ON panel_signal (raised_at);
