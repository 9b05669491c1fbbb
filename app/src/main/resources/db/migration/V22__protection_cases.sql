-- Case data of `protection`. Children are subjects of `identity`, referred to by subject_id only.

CREATE TABLE protection_child (
    subject_id          uuid PRIMARY KEY,
    stated_name         text NOT NULL,
    stated_birth_date   date,
    responsible_team_id uuid,
    risk_rank           integer,
    risk_level_count    integer,
    risk_label          text,
    risk_assessed_on    date,
    risk_rose_on        date,
    rescreen_due_on     date,
    last_seen_on        date,
    version             integer NOT NULL DEFAULT 0
);
CREATE INDEX protection_child_team ON protection_child (responsible_team_id);
CREATE INDEX protection_child_watch ON protection_child (subject_id)
    WHERE risk_rank IS NOT NULL AND (risk_rank >= risk_level_count - 1 OR risk_rose_on IS NOT NULL);
COMMENT ON TABLE protection_child IS
    'Per-child protection summary kept current on every change: the responsible team (whose manager owns alarms), the current exploitation risk (rank within its vocabulary), when risk last rose, when re-screening falls due and when a professional last saw the child. stated_name is as given by the referrer until identity supplies the subject''s name.';

CREATE TABLE protection_contact (
    id                  uuid PRIMARY KEY,
    subject_id          uuid NOT NULL REFERENCES protection_child (subject_id),
    referring_agency_id uuid NOT NULL,
    referred_by         text NOT NULL,
    referral_source     text NOT NULL,
    received_at         timestamptz NOT NULL,
    concern             text NOT NULL,
    rag                 text REFERENCES mash_rag_rating (code),
    rated_at            timestamptz,
    triage_due_at       timestamptz,
    decision_due_on     date NOT NULL,
    outcome             text CHECK (outcome IN ('NFA', 'EARLY_HELP', 'ASSESSMENT', 'STRATEGY_DISCUSSION', 'OTHER_AGENCY')),
    outcome_reason      text,
    primary_need        text,
    onward_agency_id    uuid,
    decided_at          timestamptz,
    decided_by          text,
    version             integer NOT NULL DEFAULT 0,
    CONSTRAINT contact_outcome_has_reason CHECK (outcome IS NULL OR (outcome_reason IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX protection_contact_awaiting ON protection_contact (received_at) WHERE outcome IS NULL;
CREATE INDEX protection_contact_referrer ON protection_contact (referring_agency_id, received_at DESC);
CREATE INDEX protection_contact_subject ON protection_contact (subject_id, received_at DESC);
COMMENT ON TABLE protection_contact IS
    'Contacts and referrals about a child from any agency, triaged in the MASH: RAG rating (sets triage_due_at), decision due within the referral-decision timescale, and an outcome with its reason that the referring agency can see.';

CREATE TABLE exploitation_screening (
    id               uuid PRIMARY KEY,
    subject_id       uuid NOT NULL REFERENCES protection_child (subject_id),
    screened_on      date NOT NULL,
    recorded_at      timestamptz NOT NULL,
    screened_by      text NOT NULL,
    agency_id        uuid NOT NULL,
    disclosure       boolean NOT NULL,
    score            integer NOT NULL,
    vocabulary_code  text NOT NULL,
    level_rank       integer NOT NULL,
    level_count      integer NOT NULL,
    level_label      text NOT NULL,
    previous_rank    integer,
    rescreen_due_on  date NOT NULL,
    notes            text
);
CREATE INDEX exploitation_screening_subject ON exploitation_screening (subject_id, screened_on DESC, recorded_at DESC);
COMMENT ON TABLE exploitation_screening IS
    'Exploitation screening results (append-only): score, the risk level reached in the vocabulary then in use, whether a disclosure set the highest level, and when re-screening falls due.';

CREATE TABLE exploitation_screening_finding (
    screening_id    uuid NOT NULL REFERENCES exploitation_screening (id),
    indicator_code  text NOT NULL REFERENCES exploitation_indicator (code),
    tier            text NOT NULL,
    recent          boolean NOT NULL,
    earlier         boolean NOT NULL,
    points          integer NOT NULL,
    PRIMARY KEY (screening_id, indicator_code)
);
COMMENT ON TABLE exploitation_screening_finding IS
    'The indicators found at a screening, with recency and the points each contributed: the reasons behind the result.';

CREATE TABLE statutory_clock (
    id             uuid PRIMARY KEY,
    subject_id     uuid NOT NULL REFERENCES protection_child (subject_id),
    kind           text NOT NULL CHECK (kind IN ('REFERRAL_DECISION', 'ASSESSMENT', 'STRATEGY_DISCUSSION', 'ICPC',
                                                  'FIRST_REVIEW', 'LATER_REVIEW', 'VISIT')),
    started_on     date NOT NULL,
    due_on         date NOT NULL,
    basis          text NOT NULL,
    owner_team_id  uuid,
    owner_name     text,
    source_id      uuid,
    completed_on   date,
    cancelled_on   date,
    created_at     timestamptz NOT NULL,
    version        integer NOT NULL DEFAULT 0
);
CREATE INDEX statutory_clock_open_team ON statutory_clock (owner_team_id, due_on) WHERE completed_on IS NULL AND cancelled_on IS NULL;
CREATE INDEX statutory_clock_open_subject ON statutory_clock (subject_id, due_on) WHERE completed_on IS NULL AND cancelled_on IS NULL;
CREATE INDEX statutory_clock_subject ON statutory_clock (subject_id, started_on);
COMMENT ON TABLE statutory_clock IS
    'Statutory and local clocks per child. due_on is computed with the working-day calendar when the triggering event happens and stored; basis says how. A clock is open until completed or cancelled and overdue when today is after due_on.';

CREATE TABLE protection_plan (
    id               uuid PRIMARY KEY,
    subject_id       uuid NOT NULL REFERENCES protection_child (subject_id),
    plan_type        text NOT NULL CHECK (plan_type IN ('CHILD_IN_NEED', 'CHILD_PROTECTION', 'EXPLOITATION_SAFETY')),
    initial_category text,
    latest_category  text,
    started_on       date NOT NULL,
    ended_on         date,
    end_reason       text,
    owner_team_id    uuid,
    created_by       text NOT NULL,
    version          integer NOT NULL DEFAULT 0,
    CONSTRAINT cp_plan_has_category CHECK ((plan_type = 'CHILD_PROTECTION') = (latest_category IS NOT NULL))
);
CREATE UNIQUE INDEX protection_plan_one_active_per_type ON protection_plan (subject_id, plan_type) WHERE ended_on IS NULL;
COMMENT ON TABLE protection_plan IS
    'Plans for a child: child in need, child protection (initial and latest CIN census category of abuse) or exploitation safety plan. Active while ended_on is null.';

CREATE TABLE plan_action (
    id               uuid PRIMARY KEY,
    plan_id          uuid NOT NULL REFERENCES protection_plan (id),
    description      text NOT NULL,
    owner_name       text NOT NULL,
    owner_agency_id  uuid NOT NULL,
    due_on           date NOT NULL,
    done_on          date,
    version          integer NOT NULL DEFAULT 0
);
CREATE INDEX plan_action_plan ON plan_action (plan_id, due_on);
COMMENT ON TABLE plan_action IS 'Actions agreed in a plan, each with a named owner, the owner''s agency and a due date.';

CREATE TABLE lead_professional (
    id            uuid PRIMARY KEY,
    subject_id    uuid NOT NULL REFERENCES protection_child (subject_id),
    person_name   text NOT NULL,
    agency_id     uuid NOT NULL,
    from_on       date NOT NULL,
    to_on         date,
    recorded_by   text NOT NULL
);
CREATE UNIQUE INDEX lead_professional_current ON lead_professional (subject_id) WHERE to_on IS NULL;
COMMENT ON TABLE lead_professional IS 'Who is the lead professional for a child (named person and agency), with history.';

CREATE TABLE child_seen (
    id          uuid PRIMARY KEY,
    subject_id  uuid NOT NULL REFERENCES protection_child (subject_id),
    seen_on     date NOT NULL,
    seen_by     text NOT NULL,
    agency_id   uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('VISIT', 'SEEN_ALONE', 'OTHER_DIRECT_CONTACT')),
    note        text,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX child_seen_subject ON child_seen (subject_id, seen_on DESC);
COMMENT ON TABLE child_seen IS 'Recorded direct contacts with the child (visits, seen alone) by any agency; drives visit clocks and the no-recent-contact alarm reason.';

CREATE TABLE protection_alarm (
    id             uuid PRIMARY KEY,
    subject_id     uuid NOT NULL REFERENCES protection_child (subject_id),
    raised_at      timestamptz NOT NULL,
    reasons        jsonb NOT NULL,
    reason_codes   text[] NOT NULL,
    risk_rank      integer NOT NULL,
    risk_from_top  integer NOT NULL,
    risk_label     text NOT NULL,
    owner_team_id  uuid,
    agencies_aware integer NOT NULL,
    evaluated_at   timestamptz NOT NULL,
    ended_at       timestamptz,
    ended_how      text CHECK (ended_how IN ('CONDITION_CLEARED', 'DECISION')),
    end_reason     text,
    ended_by       text,
    version        integer NOT NULL DEFAULT 0,
    CONSTRAINT alarm_ended_consistently CHECK ((ended_at IS NULL) = (ended_how IS NULL))
);
CREATE UNIQUE INDEX protection_alarm_open_subject ON protection_alarm (subject_id) WHERE ended_at IS NULL;
CREATE INDEX protection_alarm_open_raised ON protection_alarm (raised_at) WHERE ended_at IS NULL;
CREATE INDEX protection_alarm_open_team ON protection_alarm (owner_team_id, raised_at) WHERE ended_at IS NULL;
CREATE INDEX protection_alarm_open_risk ON protection_alarm (risk_from_top, raised_at) WHERE ended_at IS NULL;
CREATE INDEX protection_alarm_subject ON protection_alarm (subject_id, raised_at DESC);
COMMENT ON TABLE protection_alarm IS
    '"Known but not protected" alarms. At most one open alarm per child (ended_at null); reasons are kept current on every re-evaluation. An alarm ends when its condition clears or by a recorded decision with a reason; a decision holds until a new reason appears or risk rises. risk_from_top is 0 at the highest level of the vocabulary the risk was given in, so alarms sort by risk across vocabularies.';
