-- `signals`: what each agency knows about a child that bears on risk (issue 13). Signal kinds with a risk weight,
-- the signals themselves (missing episodes included), return home interview clocks, the child's own words, and the
-- local settings of the "known elsewhere" rule.

CREATE TABLE signal_setting (
    key        text    PRIMARY KEY,
    value      integer NOT NULL CHECK (value >= 0),
    unit       text    NOT NULL CHECK (unit IN ('DAYS', 'HOURS', 'SIGNALS', 'EPISODES', 'POINTS')),
    label      text    NOT NULL,
    basis      text    NOT NULL,
    unverified boolean NOT NULL DEFAULT false,
    version    integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE signal_setting IS
    'Local settings of the signals module: the "known elsewhere" rule (signals, weight and window), the return home interview timescale and the repeat-missing rule. basis says where the default comes from; unverified marks a local choice.';

INSERT INTO signal_setting (key, value, unit, label, basis, unverified) VALUES
 ('known-elsewhere.window',    90, 'DAYS',     'Signals count towards the rule within', 'Issue 13: for example two in 90 days', true),
 ('known-elsewhere.signals',    2, 'SIGNALS',  'Risk signals from other agencies that bring a child to the MASH', 'Issue 13: for example two in 90 days', true),
 ('known-elsewhere.weight',     5, 'POINTS',   'Or a total risk weight of at least', 'Local choice', true),
 ('known-elsewhere.missing',    1, 'EPISODES', 'Or missing episodes reported by another agency', 'Statutory guidance on children who run away or go missing from home or care (2014): the police tell the local authority of every missing child; bringing each to the MASH is a local choice', true),
 ('return-interview.offer',    72, 'HOURS',    'Return home interview offered within', 'Statutory guidance on children who run away or go missing from home or care (2014): within 72 hours of return', false),
 ('repeat-missing.episodes',    3, 'EPISODES', 'Repeat missing episodes that prompt a screening', 'Issue 13: for example 3 in 90 days', true),
 ('repeat-missing.window',     90, 'DAYS',     'Repeat missing episodes counted within', 'Issue 13: for example 3 in 90 days', true);

CREATE TABLE signal_kind (
    code        text    PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    label       text    NOT NULL,
    category    text    NOT NULL CHECK (category IN ('MISSING', 'RETURN_INTERVIEW', 'POLICE', 'HEALTH', 'EDUCATION', 'JUSTICE', 'EXPLOITATION')),
    risk_weight integer NOT NULL CHECK (risk_weight >= 0),
    exploitation boolean NOT NULL DEFAULT false,
    sensitive   boolean NOT NULL DEFAULT false,
    sort_order  integer NOT NULL,
    version     integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE signal_kind IS
    'Kinds of signal an agency can send, each with a risk weight (0: recorded on the chronology but not counted by the known-elsewhere rule), whether it indicates exploitation, and whether it is sensitive (health attendances: only those with a need to know may open it).';

INSERT INTO signal_kind (code, label, category, risk_weight, exploitation, sensitive, sort_order) VALUES
 ('MISSING_EPISODE',          'Missing episode',                                'MISSING',          2, false, false, 10),
 ('RETURN_HOME_INTERVIEW',    'Return home interview',                          'RETURN_INTERVIEW', 0, false, false, 20),
 ('POLICE_INCIDENT',          'Police incident naming the child at risk',       'POLICE',           2, false, false, 30),
 ('POLICE_INTELLIGENCE',      'Police intelligence naming the child at risk',   'POLICE',           2, true,  false, 40),
 ('FOUND_WITH_OLDER_ADULTS',  'Found with older adults',                        'EXPLOITATION',     3, true,  false, 50),
 ('UNEXPLAINED_GIFTS',        'Unexplained gifts, money or phones',             'EXPLOITATION',     2, true,  false, 60),
 ('EMERGENCY_ATTENDANCE',     'Emergency department attendance',                'HEALTH',           2, false, true,  70),
 ('SEXUAL_HEALTH_ATTENDANCE', 'Sexual health attendance',                       'HEALTH',           3, true,  true,  80),
 ('SCHOOL_ABSENCE',           'Persistent school absence',                      'EDUCATION',        1, false, false, 90),
 ('EXCLUSION',                'Exclusion from school',                          'EDUCATION',        1, false, false, 100),
 ('MISSING_EDUCATION',        'Missing from education',                         'EDUCATION',        2, false, false, 110),
 ('ARREST',                   'Arrest',                                         'JUSTICE',          2, false, false, 120),
 ('YOUTH_JUSTICE_CONTACT',    'Youth justice contact',                          'JUSTICE',          1, false, false, 130);

CREATE TABLE signal (
    id                     uuid        PRIMARY KEY,
    kind                   text        NOT NULL REFERENCES signal_kind (code),
    agency_id              uuid        NOT NULL,
    source_id              text        NOT NULL,
    subject_id             uuid,
    person_record_id       uuid,
    occurred_at            timestamptz NOT NULL,
    ended_at               timestamptz,
    place                  text,
    exploitation_indicator boolean     NOT NULL DEFAULT false,
    summary                text        NOT NULL,
    received_via           text        NOT NULL CHECK (received_via IN ('API', 'FORM', 'CSV', 'INTELLIGENCE', 'DEMO')),
    recorded_at            timestamptz NOT NULL,
    recorded_by            text        NOT NULL,
    CONSTRAINT signal_ends_after_it_starts CHECK (ended_at IS NULL OR ended_at >= occurred_at),
    CONSTRAINT signal_has_a_child CHECK (subject_id IS NOT NULL OR person_record_id IS NOT NULL)
);
CREATE UNIQUE INDEX signal_agency_source ON signal (agency_id, source_id);
CREATE INDEX signal_subject_time ON signal (subject_id, occurred_at DESC);
CREATE INDEX signal_recent ON signal (occurred_at) INCLUDE (subject_id, agency_id, kind, exploitation_indicator);
CREATE INDEX signal_waiting_for_identity ON signal (person_record_id) WHERE subject_id IS NULL;
COMMENT ON TABLE signal IS
    'Something an agency knows about a child that bears on risk (a missing episode with start, end and where found; a police incident or intelligence naming the child at risk; a health attendance; school absence; an arrest). source_id is the agency''s own reference and is unique per agency, so a repeat is recognised. subject_id is null while identity''s review decides who the child is (person_record_id).';

CREATE TABLE return_home_interview (
    id              uuid        PRIMARY KEY,
    episode_id      uuid        NOT NULL UNIQUE REFERENCES signal (id),
    subject_id      uuid,
    returned_at     timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    owner_agency_id uuid        NOT NULL,
    status          text        NOT NULL DEFAULT 'AWAITING' CHECK (status IN ('AWAITING', 'OFFERED', 'DONE', 'DECLINED')),
    offered_at      timestamptz,
    done_at         timestamptz,
    declined_at     timestamptz,
    recorded_by     text,
    note            text,
    overdue_noticed_at timestamptz,
    version         integer     NOT NULL DEFAULT 0,
    CONSTRAINT rhi_offered_when_answered CHECK (status = 'AWAITING' OR offered_at IS NOT NULL)
);
CREATE INDEX return_home_interview_awaiting ON return_home_interview (due_at) WHERE status = 'AWAITING';
CREATE INDEX return_home_interview_subject ON return_home_interview (subject_id, returned_at DESC);
COMMENT ON TABLE return_home_interview IS
    'The return home interview clock each missing episode opens: due within the offer timescale of the child''s return (statutory guidance: 72 hours), owned by the local authority''s children''s social care. status AWAITING until offered; then OFFERED, DONE or DECLINED by the child. overdue_noticed_at records that the overdue event was published once.';

CREATE TABLE child_words (
    id           uuid        PRIMARY KEY,
    subject_id   uuid        NOT NULL,
    words        text        NOT NULL CHECK (length(words) > 0),
    heard_by     text        NOT NULL,
    heard_at     timestamptz NOT NULL,
    context      text        NOT NULL CHECK (context IN ('CONTACT', 'SCREENING', 'RETURN_INTERVIEW', 'VISIT', 'PLAN', 'OTHER')),
    context_id   uuid,
    agency_id    uuid,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text        NOT NULL
);
CREATE INDEX child_words_subject ON child_words (subject_id, heard_at DESC);
CREATE INDEX child_words_context ON child_words (context_id) WHERE context_id IS NOT NULL;
COMMENT ON TABLE child_words IS
    'What a child said, as the child said it, with who heard it, when, and where (a contact, a screening, a return home interview, a visit or a plan, with its id when known). Shown first on the child''s page.';
