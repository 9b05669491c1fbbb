-- Person resolution in intelligence: every person a report names, as named, resolved to one POLE person, with an
-- analyst's review queue, reversible joins, and the pursuit side of a join.

alter table pole_entity add column joined_into uuid references pole_entity (id);
comment on column pole_entity.joined_into is
    'For a person joined into another by an analyst: the person it now belongs to (its mentions and links moved there). '
    'Cleared when the join is undone.';

create table person_mention (
    id               uuid primary key,
    report_id        uuid not null references intelligence_report (id),
    person_entity_id uuid not null references pole_entity (id),
    name_as_given    text not null,
    given_name       text,
    family_name      text,
    given_key        text,
    family_key       text,
    date_of_birth    date,
    estimated_age    integer check (estimated_age is null or estimated_age between 0 and 120),
    description      text,
    reported_on      date not null,
    decision         text not null check (decision in ('SUBJECT', 'EXISTING', 'JOINED', 'NEW', 'REVIEW', 'RECORDED')),
    score            double precision,
    evidence         text,
    created_at       timestamptz not null
);
comment on table person_mention is
    'A person as one report names them: the name or nickname used, date of birth or estimated age, description, and '
    'how resolution decided which POLE person it is (SUBJECT by identity subject, EXISTING by entity id, JOINED above '
    'the join score, NEW below the review score, REVIEW between, RECORDED for reports before resolution). given_name '
    'and family_name are the linkage engine''s canonical forms; the keys are their Double Metaphone codes (blocking).';
create index person_mention_person on person_mention (person_entity_id);
create index person_mention_report on person_mention (report_id);
create index person_mention_family_key on person_mention (family_key) where family_key is not null;
create index person_mention_given on person_mention (given_name);
create index person_mention_family on person_mention (family_name);
create index person_mention_dob on person_mention (date_of_birth) where date_of_birth is not null;

-- every person already named keeps the name under which each report named them
insert into person_mention (id, report_id, person_entity_id, name_as_given, reported_on, decision, created_at)
select gen_random_uuid(), m.report_id, m.entity_id, e.label, r.reported_on, 'RECORDED', r.recorded_at
from (select distinct report_id, entity_id from intelligence_mention) m
join pole_entity e on e.id = m.entity_id and e.entity_type = 'PERSON'
join intelligence_report r on r.id = m.report_id;

create table person_review (
    id          uuid primary key,
    mention_id  uuid not null references person_mention (id),
    person_id   uuid not null references pole_entity (id),
    candidate_id uuid not null references pole_entity (id),
    score       double precision not null,
    evidence    text not null,
    status      text not null default 'PENDING' check (status in ('PENDING', 'JOINED', 'KEPT_APART', 'SUPERSEDED')),
    created_at  timestamptz not null,
    decided_at  timestamptz,
    decided_by  uuid,
    reason      text,
    version     integer not null default 0,
    check (person_id <> candidate_id)
);
comment on table person_review is
    'A mention that may be a person already known (its score between the review and join scores, or two identity '
    'subjects): the new person and the candidate, the evidence, and the analyst''s decision (join or keep apart).';
create index person_review_pending on person_review (status) where status = 'PENDING';
create index person_review_person on person_review (person_id);
create index person_review_candidate on person_review (candidate_id);

create table person_join (
    id           uuid primary key,
    survivor_id  uuid not null references pole_entity (id),
    absorbed_id  uuid not null references pole_entity (id),
    review_id    uuid references person_review (id),
    joined_at    timestamptz not null,
    joined_by    uuid,
    reason       text not null,
    undone_at    timestamptz,
    undone_by    uuid,
    undo_reason  text,
    check (survivor_id <> absorbed_id),
    check ((undone_at is null) = (undo_reason is null))
);
comment on table person_join is
    'Two POLE persons joined as one man (by an analyst, or by resolution after a review): the absorbed person''s '
    'mentions and links moved to the survivor. Undoing it (a split) moves exactly those rows back.';
create index person_join_survivor on person_join (survivor_id);
create index person_join_absorbed on person_join (absorbed_id);

create table person_join_row (
    join_id   uuid not null references person_join (id),
    kind      text not null check (kind in ('MENTION', 'NAMED', 'LINK_FROM', 'LINK_TO')),
    row_id    uuid not null,
    role      text not null default '',
    primary key (join_id, kind, row_id, role)
);
comment on table person_join_row is
    'The rows a join moved from the absorbed person to the survivor: person mentions, the reports naming him (report '
    'id and role) and the links from and to him, so that undoing the join moves exactly these back.';

alter table suspect add column merged_into uuid references suspect (id);
comment on column suspect.merged_into is
    'When intelligence joined this suspect''s person into another suspect''s person: the suspect that now stands for '
    'both. A merged suspect is out of lists and sweeps until the join is undone.';

create table suspect_person_join (
    join_id    uuid not null,
    suspect_id uuid not null references suspect (id),
    kind       text not null check (kind in ('REPOINTED', 'MERGED')),
    person_id  uuid not null,
    primary key (join_id, suspect_id)
);
comment on table suspect_person_join is
    'How pursuit followed a join of two intelligence persons: a suspect re-pointed to the surviving person, or merged '
    'into the survivor''s suspect, so that the split puts it back.';
