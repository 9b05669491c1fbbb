-- Protection's side of issue 13: what protection did when the "known elsewhere" rule held for a child.

CREATE TABLE protection_signal_notice (
    subject_id       uuid        PRIMARY KEY,
    latest_signal_at timestamptz NOT NULL,
    noticed_at       timestamptz NOT NULL,
    action           text        NOT NULL CHECK (action IN ('CONTACT', 'RESCREEN')),
    headline         text        NOT NULL,
    reasons          text[]      NOT NULL,
    contact_id       uuid
);
COMMENT ON TABLE protection_signal_notice IS
    'The last time other agencies'' signals about a child met the "known elsewhere" rule and what protection did: a MASH contact made automatically (action CONTACT, contact_id) for a child not in front of social care, or a re-screening prompt (RESCREEN) for a child already open. latest_signal_at is the newest signal counted, so the same signals never act twice.';
