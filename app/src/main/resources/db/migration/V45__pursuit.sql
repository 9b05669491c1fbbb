-- Suspects' criminal justice pathway, disruption actions and the "named but not pursued" alarm.

create table suspect (
    id                uuid primary key,
    person_entity_id  uuid not null unique,
    subject_id        uuid,
    display_name      text not null,
    stage             text not null,
    stage_entered_on  date not null,
    outcome           text,
    outcome_group     text,
    owner_user_id     uuid,
    ethnicity         text not null default 'NOBT',
    nationality       text not null default 'NOBT',
    named_on          date not null,
    created_at        timestamptz not null,
    version           integer not null default 0,
    check (stage in ('NAMED', 'IDENTIFIED', 'INVESTIGATION', 'ARREST_OR_INTERVIEW', 'FILE_TO_CPS', 'CHARGED',
                     'PROSECUTION', 'OUTCOME')),
    check ((stage = 'OUTCOME') = (outcome is not null)),
    check (outcome is null or outcome_group is not null)
);
comment on table suspect is
    'A named suspect (a POLE person from intelligence) and where they stand on the criminal justice pathway. '
    'owner_user_id is the police lead. Ethnicity (DfE codes) and nationality (ISO 3166) are mandatory, with the '
    'explicit codes NOBT (not yet obtained) and REFU (refused).';
create index suspect_subject on suspect (subject_id);
create index suspect_stage on suspect (stage);

create table suspect_stage_history (
    id            uuid primary key,
    suspect_id    uuid not null references suspect (id),
    stage         text not null,
    entered_on    date not null,
    outcome       text,
    outcome_group text,
    note          text,
    recorded_at   timestamptz not null,
    recorded_by   uuid
);
comment on table suspect_stage_history is
    'Every stage a suspect entered, and when: the basis of attrition (time in each stage, where cases stop).';
create index suspect_stage_history_suspect on suspect_stage_history (suspect_id, entered_on);

create table disruption_action (
    id            uuid primary key,
    suspect_id    uuid not null references suspect (id),
    action_type   text not null check (action_type in ('CAWN', 'SRO', 'SHPO', 'LICENSING_REFERRAL', 'LICENSING_REVIEW', 'OTHER')),
    description   text,
    taken_on      date not null,
    expires_on    date,
    owner_user_id uuid,
    recorded_at   timestamptz not null,
    recorded_by   uuid,
    check (expires_on is null or expires_on >= taken_on),
    check (action_type <> 'OTHER' or description is not null)
);
comment on table disruption_action is
    'A disruption action against a suspect (Child Abduction Warning Notice, Sexual Risk Order, Sexual Harm '
    'Prevention Order, licensing referral or review, other) with its date, owner and expiry.';
create index disruption_action_suspect on disruption_action (suspect_id);

create table pursuit_alarm (
    id                  uuid primary key,
    suspect_id          uuid not null references suspect (id),
    due_on              date not null,
    raised_at           timestamptz not null,
    escalates_on        date not null,
    escalated_at        timestamptz,
    independent_reports integer not null,
    linked_children     uuid[] not null,
    reasons             text not null,
    ended_at            timestamptz,
    end_kind            text check (end_kind in ('ACTION', 'DECISION')),
    end_reason          text,
    ended_by            uuid,
    version             integer not null default 0,
    check ((ended_at is null) = (end_kind is null)),
    check (end_kind <> 'DECISION' or (end_reason is not null and ended_by is not null))
);
comment on table pursuit_alarm is
    'A "named but not pursued" alarm: raised when the rule holds, escalated to the exploitation panel after the '
    'policy''s further days, ended only by a recorded pursuit or disruption action or by a recorded decision with '
    'a reason.';
create unique index pursuit_alarm_open on pursuit_alarm (suspect_id) where ended_at is null;
create index pursuit_alarm_open_raised on pursuit_alarm (raised_at) where ended_at is null;
