-- Learning (module learning): incidents and near misses, serious incident reviews with their clocks, findings coded
-- to a configurable taxonomy of familiar causes, and recommendations that became owned actions (hand-offs).

CREATE TABLE learning_cause (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    label       text NOT NULL,
    description text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    position    integer NOT NULL,
    updated_at  timestamptz,
    updated_by  uuid REFERENCES app_user (id),
    version     bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE learning_cause IS
    'The partnership''s taxonomy of familiar causes that review findings are coded to, seeded from the national panel''s '
    'recurring themes and serious case review research; a partnership lead adds, renames and retires causes (never '
    'deletes one that a finding uses).';

INSERT INTO learning_cause (code, label, description, position) VALUES
 ('INFORMATION_NOT_SHARED', 'Information not shared', 'An agency held information that another needed and did not share it in time.', 10),
 ('RISK_NOT_REASSESSED', 'Risk not reassessed when new information arrived', 'New information arrived but the risk assessment was not updated.', 20),
 ('THRESHOLD_DISAGREEMENT', 'Threshold disagreement', 'Agencies disagreed about whether the threshold for a service was met, and the child waited.', 30),
 ('CHILDS_VOICE_NOT_HEARD', 'The child''s voice not heard', 'The child''s daily life, wishes and account were not sought or not acted on.', 40),
 ('RULE_OF_OPTIMISM', 'Rule of optimism', 'Professionals thought the best of parents or carers despite the evidence.', 50),
 ('START_AGAIN_SYNDROME', 'Start-again syndrome', 'The case history was not used: each episode was treated as new.', 60),
 ('EXPLOITATION_TREATED_AS_CONSENT', 'Exploitation treated as consent', 'Exploitation was seen as a consensual relationship or as the young person''s risky behaviour.', 70),
 ('HANDOFF_DROPPED', 'Hand-off dropped', 'A referral, request or action between agencies was not acknowledged, accepted or completed.', 80),
 ('NAMED_SUSPECT_NOT_PURSUED', 'Named suspect not pursued', 'An adult named as a risk to children was not investigated or disrupted.', 90),
 ('DATA_PROTECTION_MISUNDERSTOOD', 'Data protection misunderstood', 'Information was withheld because staff misunderstood data protection law.', 100),
 ('NO_CRITICAL_CHALLENGE', 'No critical thinking or challenge', 'Decisions were not challenged, within or between agencies.', 110),
 ('RISK_OUTSIDE_FAMILY_MISSED', 'Risk outside the family missed', 'Harm from outside the family (extra-familial harm) was not kept in focus.', 120),
 ('NOT_IN_SCHOOL', 'Child not in school not followed up', 'A child missing education was not followed up as a safeguarding concern.', 130),
 ('RESISTANT_FAMILY', 'Reluctant or resistant family', 'Work stalled when the family did not engage, without escalation.', 140),
 ('IDENTITY_NOT_CONSIDERED', 'Racial, ethnic and cultural identity not considered', 'The child''s identity and the effects of racism and other inequalities were not considered.', 150),
 ('ENGAGEMENT_NOT_PERSISTENT', 'Engagement not persistent', 'Services closed or withdrew when the young person did not engage at first.', 160);

CREATE TABLE learning_incident (
    id               uuid PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('INCIDENT', 'NEAR_MISS')),
    serious          boolean NOT NULL DEFAULT false,
    occurred_on      date NOT NULL,
    what_happened    text NOT NULL,
    reported_at      timestamptz NOT NULL,
    reporter_user_id uuid NOT NULL REFERENCES app_user (id),
    anonymous        boolean NOT NULL,
    subject_id       uuid,
    handoff_id       uuid,
    alarm_id         uuid,
    version          bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE learning_incident IS
    'An incident or near miss reported by any user in no-blame language, optionally about a subject, a hand-off or an '
    'alarm. When anonymous, the reporter is shown only to the learning lead (the partnership lead) and to the reporter; '
    'every query enforces that in SQL.';
CREATE INDEX learning_incident_reported ON learning_incident (reported_at DESC);

CREATE TABLE learning_review (
    id                      uuid PRIMARY KEY,
    incident_id             uuid REFERENCES learning_incident (id),
    title                   text NOT NULL,
    owner_user_id           uuid NOT NULL REFERENCES app_user (id),
    aware_on                date NOT NULL,
    notification_due_on     date NOT NULL,
    notified_on             date,
    rapid_review_due_on     date,
    rapid_review_done_on    date,
    local_review_decided_on date,
    local_review_due_on     date,
    local_review_done_on    date,
    created_at              timestamptz NOT NULL,
    version                 bigint NOT NULL DEFAULT 0,
    CHECK ((notified_on IS NULL) = (rapid_review_due_on IS NULL)),
    CHECK ((local_review_decided_on IS NULL) = (local_review_due_on IS NULL))
);
COMMENT ON TABLE learning_review IS
    'A serious incident and its reviews, with deadlines computed once and stored: the notification to the national '
    'panel (5 working days from becoming aware), the rapid review (15 working days from the notification) and, when '
    'commissioned, the local child safeguarding practice review (6 months from the decision). Timescales are '
    'configuration (interstice.learning.clocks.*).';

CREATE TABLE learning_finding (
    id           uuid PRIMARY KEY,
    review_id    uuid REFERENCES learning_review (id),
    incident_id  uuid REFERENCES learning_incident (id),
    cause_code   text NOT NULL REFERENCES learning_cause (code),
    found_on     date NOT NULL,
    summary      text NOT NULL,
    recorded_by  uuid NOT NULL REFERENCES app_user (id),
    recorded_at  timestamptz NOT NULL,
    CHECK (review_id IS NOT NULL OR incident_id IS NOT NULL)
);
COMMENT ON TABLE learning_finding IS 'A finding of a review or an incident, coded to one familiar cause.';
CREATE INDEX learning_finding_cause ON learning_finding (cause_code, found_on);

CREATE TABLE learning_recommendation (
    id            uuid PRIMARY KEY,
    finding_id    uuid NOT NULL REFERENCES learning_finding (id),
    action        text NOT NULL,
    to_agency_id  uuid NOT NULL REFERENCES agency (id),
    due_on        date NOT NULL,
    handoff_id    uuid NOT NULL,
    completed_at  timestamptz,
    created_at    timestamptz NOT NULL,
    created_by    uuid NOT NULL REFERENCES app_user (id)
);
COMMENT ON TABLE learning_recommendation IS
    'A recommendation from a finding, sent as an owned action (a hand-off with the agreed due date) to the agency that '
    'must act; completed when the hand-off is completed. Overdue actions escalate and show with every other overdue '
    'hand-off.';
CREATE UNIQUE INDEX learning_recommendation_handoff ON learning_recommendation (handoff_id);
CREATE INDEX learning_recommendation_finding ON learning_recommendation (finding_id);
