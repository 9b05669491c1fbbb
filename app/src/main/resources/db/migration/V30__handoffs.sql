-- Accountable hand-offs between agencies (module handoff).

CREATE TABLE handoff_deadline_policy (
    urgency                text PRIMARY KEY CHECK (urgency IN ('RED', 'AMBER', 'GREEN')),
    acknowledge_amount     integer NOT NULL CHECK (acknowledge_amount >= 0),
    acknowledge_unit       text    NOT NULL CHECK (acknowledge_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'HOURS')),
    complete_amount        integer NOT NULL CHECK (complete_amount >= 0),
    complete_unit          text    NOT NULL CHECK (complete_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'HOURS')),
    escalate_again_amount  integer NOT NULL CHECK (escalate_again_amount >= 0),
    escalate_again_unit    text    NOT NULL CHECK (escalate_again_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'HOURS')),
    version                bigint  NOT NULL DEFAULT 0,
    updated_at             timestamptz,
    updated_by             uuid REFERENCES app_user (id)
);
COMMENT ON TABLE handoff_deadline_policy IS
    'Local timescales per urgency: acknowledge within, complete within, and the wait between escalation steps. '
    'Defaults follow one local MASH example (Merton BRAG: red 2 hours, amber 6 hours, green 24 hours); there is no national standard.';

INSERT INTO handoff_deadline_policy VALUES
    ('RED',   2, 'HOURS',         1, 'WORKING_DAYS',  2, 'HOURS',         0, NULL, NULL),
    ('AMBER', 6, 'WORKING_HOURS', 3, 'WORKING_DAYS',  4, 'WORKING_HOURS', 0, NULL, NULL),
    ('GREEN', 1, 'WORKING_DAYS', 10, 'WORKING_DAYS',  1, 'WORKING_DAYS',  0, NULL, NULL);

CREATE TABLE handoff (
    id                        uuid PRIMARY KEY,
    kind                      text NOT NULL CHECK (kind IN ('REFERRAL', 'REQUEST_FOR_INFORMATION', 'ACTION', 'TRANSFER_OF_RESPONSIBILITY')),
    urgency                   text NOT NULL CHECK (urgency IN ('RED', 'AMBER', 'GREEN')),
    subject_id                uuid,
    from_agency_id            uuid NOT NULL REFERENCES agency (id),
    from_team_id              uuid REFERENCES team (id),
    from_user_id              uuid REFERENCES app_user (id),
    to_agency_id              uuid NOT NULL REFERENCES agency (id),
    to_team_id                uuid REFERENCES team (id),
    owner_user_id             uuid REFERENCES app_user (id),
    summary                   text NOT NULL,
    origin_type               text,
    origin_id                 uuid,
    state                     text NOT NULL CHECK (state IN ('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN')),
    sent_at                   timestamptz NOT NULL,
    acknowledgement_due_at    timestamptz NOT NULL,
    completion_due_at         timestamptz NOT NULL,
    acknowledged_at           timestamptz,
    accepted_at               timestamptz,
    closed_at                 timestamptz,
    closing_note              text,
    next_step                 text CHECK (next_step IN ('SENT_TO_ANOTHER_AGENCY', 'SENDING_AGENCY_WILL_ACT', 'RAISED_WITH_MANAGER', 'NO_FURTHER_ACTION')),
    next_step_note            text,
    due_at                    timestamptz,
    second_escalation_at      timestamptz,
    escalation_step           smallint NOT NULL DEFAULT 0 CHECK (escalation_step BETWEEN 0 AND 2),
    version                   bigint NOT NULL DEFAULT 0,
    CHECK (from_agency_id <> to_agency_id OR origin_type = 'PANEL_DECISION'),
    CHECK ((state IN ('SENT', 'ACKNOWLEDGED', 'ACCEPTED')) = (due_at IS NOT NULL))
) WITH (fillfactor = 85);
COMMENT ON TABLE handoff IS
    'A referral, request for information, action or transfer of responsibility from one agency to another, with '
    'deadlines computed when sent. due_at is the running clock (acknowledgement while SENT, completion while '
    'ACKNOWLEDGED or ACCEPTED, null once answered); escalation_step counts the steps taken on that clock.';
COMMENT ON COLUMN handoff.next_step IS 'The sender''s required next step after a decline; a declined hand-off stays open until it is set.';

-- The escalation sweep finds its rows through these two indexes (a bitmap OR) of overdue hand-offs only, however
-- many are open. No index mentions escalation_step or version, and the table leaves room on each page, so the
-- sweep's update is a heap-only (HOT) update that touches no index.
CREATE INDEX handoff_overdue ON handoff (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX handoff_second_escalation ON handoff (second_escalation_at) WHERE due_at IS NOT NULL;
CREATE INDEX handoff_to_agency ON handoff (to_agency_id, sent_at DESC);
CREATE INDEX handoff_from_agency ON handoff (from_agency_id, sent_at DESC);
CREATE INDEX handoff_subject ON handoff (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX handoff_owner ON handoff (owner_user_id) WHERE owner_user_id IS NOT NULL;
CREATE INDEX handoff_origin ON handoff (origin_type, origin_id) WHERE origin_id IS NOT NULL;

CREATE TABLE handoff_escalation (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handoff_id            uuid NOT NULL REFERENCES handoff (id),
    step                  smallint NOT NULL CHECK (step IN (1, 2)),
    escalated_at          timestamptz NOT NULL,
    escalated_to_user_id  uuid REFERENCES app_user (id),
    missed                text NOT NULL CHECK (missed IN ('ACKNOWLEDGEMENT', 'COMPLETION'))
);
COMMENT ON TABLE handoff_escalation IS
    'Each escalation step of an overdue hand-off: step 1 to the receiving team''s manager, step 2 to the partnership lead. '
    'escalated_to_user_id is null when nobody active held that role at the time.';
CREATE INDEX handoff_escalation_handoff ON handoff_escalation (handoff_id);

CREATE TABLE handoff_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handoff_id  uuid NOT NULL REFERENCES handoff (id),
    at          timestamptz NOT NULL,
    action      text NOT NULL,
    by_user_id  uuid REFERENCES app_user (id),
    note        text
);
COMMENT ON TABLE handoff_history IS 'What happened to a hand-off and who did it, shown to both agencies as its timeline.';
CREATE INDEX handoff_history_handoff ON handoff_history (handoff_id, at);

CREATE TABLE information_share (
    id                   uuid PRIMARY KEY,
    handoff_id           uuid NOT NULL REFERENCES handoff (id),
    what_was_shared      text NOT NULL,
    purpose              text NOT NULL,
    lawful_basis         text NOT NULL CHECK (lawful_basis IN ('DPA2018_SCH1_SAFEGUARDING', 'UKGDPR_6_1_E_PUBLIC_TASK',
                             'UKGDPR_6_1_C_LEGAL_OBLIGATION', 'UKGDPR_6_1_D_VITAL_INTERESTS', 'UKGDPR_6_1_A_CONSENT')),
    consent              text NOT NULL CHECK (consent IN ('GIVEN', 'NOT_SOUGHT_CHILD_AT_RISK', 'NOT_SOUGHT_WOULD_INCREASE_RISK', 'REFUSED_SHARED_WITHOUT')),
    recorded_by_user_id  uuid REFERENCES app_user (id),
    recorded_at          timestamptz NOT NULL
);
COMMENT ON TABLE information_share IS
    'Golden rule 7: what information a hand-off shared, why, on what lawful basis and with what consent position. Append-only.';
CREATE INDEX information_share_handoff ON information_share (handoff_id);
