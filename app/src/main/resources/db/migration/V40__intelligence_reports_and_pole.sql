-- Intelligence reports (3x5x2, legacy 5x5x5 kept as such) and POLE entities and links with provenance.

create table intelligence_report (
    id                  uuid primary key,
    reference           text not null unique,
    reported_on         date not null,
    recorded_at         timestamptz not null,
    reporting_agency_id uuid not null references agency (id),
    recorded_by         uuid,
    source_type         text not null,
    source_subject_id   uuid,
    source_description  text,
    body                text not null,
    sanitised_summary   text,
    grading_system      text not null,
    source_grade        text not null,
    information_grade   text not null,
    handling_code       text not null,
    handling_conditions text,
    version             integer not null default 0,
    constraint intelligence_report_grade check (
        (grading_system = '3x5x2' and source_grade in ('1', '2', '3')
            and information_grade in ('A', 'B', 'C', 'D', 'E') and handling_code in ('P', 'C'))
        or (grading_system = '5x5x5' and source_grade in ('A', 'B', 'C', 'D', 'E')
            and information_grade in ('1', '2', '3', '4', '5') and handling_code in ('1', '2', '3', '4', '5'))),
    constraint intelligence_report_conditions check (
        not (grading_system = '3x5x2' and handling_code = 'C') or handling_conditions is not null)
);
comment on table intelligence_report is
    'An intelligence report from any agency (a child''s or parent''s account written down by a practitioner counts), '
    'graded 3x5x2 (source 1-3, information A-E, handling P/C) or, for legacy reports, 5x5x5 kept as such. '
    'source_subject_id is the identity subject who gave the information, when known; reports from the same source '
    'person (or, without one, the same agency) are not independent of each other.';
create index intelligence_report_reported_on on intelligence_report (reported_on);
create sequence intelligence_report_number;
comment on sequence intelligence_report_number is 'Numbers intelligence report references (IR-yyyy-nnnnnn).';

create table intelligence_release_agency (
    report_id uuid not null references intelligence_report (id),
    agency_id uuid not null references agency (id),
    primary key (report_id, agency_id)
);
comment on table intelligence_release_agency is
    'Agencies named in the handling conditions of a restricted report (3x5x2 handling C): only they, besides the '
    'originating agency, may read it in full.';

create table intelligence_release_role (
    report_id uuid not null references intelligence_report (id),
    role      text not null,
    primary key (report_id, role)
);
comment on table intelligence_release_role is
    'Roles named in the handling conditions of a restricted report; when any are named, a released agency''s '
    'users must also hold one of them.';

-- The one place that says who may read a report in full. Used by every query that returns report content.
create function intelligence_readable(p_report uuid, p_agency uuid, p_role text) returns boolean
    language sql stable as
$$
select exists (
    select 1 from intelligence_report r
    where r.id = p_report
      and (r.reporting_agency_id = p_agency
        or (r.grading_system = '3x5x2' and r.handling_code = 'P')
        or (r.grading_system = '5x5x5' and r.handling_code in ('1', '2', '3'))
        or (r.grading_system = '3x5x2' and r.handling_code = 'C'
            and exists (select 1 from intelligence_release_agency a where a.report_id = r.id and a.agency_id = p_agency)
            and (not exists (select 1 from intelligence_release_role x where x.report_id = r.id)
                 or exists (select 1 from intelligence_release_role x where x.report_id = r.id and x.role = p_role)))))
$$;
comment on function intelligence_readable(uuid, uuid, text) is
    'True when a viewer of the given agency and role may read the report in full (text and source).';

-- A report's POLE content (who and what it names, and the links it asserts) is visible to a viewer who may read
-- it in full, or to anyone allowed to see intelligence once it has been sanitised for sharing.
create function intelligence_content_visible(p_report uuid, p_agency uuid, p_role text) returns boolean
    language sql stable as
$$
select intelligence_readable(p_report, p_agency, p_role)
    or exists (select 1 from intelligence_report r where r.id = p_report and r.sanitised_summary is not null)
$$;
comment on function intelligence_content_visible(uuid, uuid, text) is
    'True when the entities and links a report asserts are visible to the viewer: full readers, or anyone once '
    'a sanitised summary has been shared.';

create table pole_entity (
    id                  uuid primary key,
    kind                text not null check (kind in ('PERSON', 'OBJECT', 'LOCATION', 'EVENT')),
    entity_type         text not null,
    natural_key         text,
    label               text not null,
    subject_id          uuid,
    licensing_authority text,
    premises_kind       text,
    occurred_on         date,
    created_at          timestamptz not null,
    unique (entity_type, natural_key)
);
comment on table pole_entity is
    'A POLE entity: a person (linked to an identity subject when identified), an object (vehicle, phone, taxi or '
    'private hire licence, online account), a location (address, premises of concern) or an event. natural_key is '
    'the normalised identifier (registration, E.164 phone, authority|licence, platform|handle, postcode|line) so '
    'the same thing named in different reports is one entity.';
create unique index pole_entity_subject on pole_entity (subject_id) where subject_id is not null;

create table intelligence_mention (
    report_id uuid not null references intelligence_report (id),
    entity_id uuid not null references pole_entity (id),
    role      text not null check (role in ('SUSPECT', 'CHILD_AT_RISK', 'WITNESS', 'ASSOCIATE', 'OTHER')),
    primary key (report_id, entity_id, role)
);
comment on table intelligence_mention is
    'Who and what a report names, and in what role (a suspect, a child at risk, a witness, an associate).';
create index intelligence_mention_entity on intelligence_mention (entity_id, role);

create table pole_link (
    id             uuid primary key,
    from_entity_id uuid not null references pole_entity (id),
    to_entity_id   uuid not null references pole_entity (id),
    relation       text not null,
    report_id      uuid not null references intelligence_report (id),
    asserted_on    date not null,
    recorded_at    timestamptz not null,
    check (from_entity_id <> to_entity_id)
);
comment on table pole_link is
    'A link between two POLE entities with its provenance: the report that asserts it and when. Several reports '
    'asserting the same link are several rows.';
create index pole_link_from on pole_link (from_entity_id);
create index pole_link_to on pole_link (to_entity_id);
create index pole_link_report on pole_link (report_id);
