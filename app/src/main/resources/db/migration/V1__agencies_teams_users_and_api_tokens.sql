create table agency (
    id           uuid primary key default gen_random_uuid(),
    code         text not null unique,
    name         text not null,
    kind         text not null check (kind in ('CHILDRENS_SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION',
                                               'YOUTH_JUSTICE', 'VOLUNTARY', 'LICENSING')),
    organisation text not null,
    created_at   timestamptz not null default now()
);
comment on table agency is 'An agency of the safeguarding partnership (or one service of a larger organisation, such as a council''s licensing service). Every record in Interstice is owned by one agency.';
comment on column agency.code is 'Short stable code used in APIs and imports, e.g. NSP for Northshire Police.';
comment on column agency.organisation is 'The legal organisation the agency belongs to, e.g. Northbridge Council.';

create table team (
    id         uuid primary key default gen_random_uuid(),
    agency_id  uuid not null references agency (id),
    name       text not null,
    created_at timestamptz not null default now(),
    unique (agency_id, name)
);
comment on table team is 'A team within an agency; work is allocated to people in teams and team managers oversee it.';

create table app_user (
    id              uuid primary key default gen_random_uuid(),
    username        text not null unique check (username = lower(username)),
    display_name    text not null,
    agency_id       uuid not null references agency (id),
    team_id         uuid references team (id),
    role            text not null check (role in ('PRACTITIONER', 'TEAM_MANAGER', 'MASH_OFFICER', 'POLICE_INVESTIGATOR',
                                                  'INTELLIGENCE_ANALYST', 'PANEL_CHAIR', 'PARTNERSHIP_LEAD', 'AUDITOR',
                                                  'ELECTED_MEMBER', 'SYSTEM_ADMINISTRATOR')),
    active          boolean not null default true,
    password_hash   text not null,
    failed_sign_ins integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);
comment on table app_user is 'A person who signs in to Interstice. One role each; access to case data follows from agency, team and role.';
comment on column app_user.password_hash is 'Spring Security DelegatingPasswordEncoder hash, e.g. {bcrypt}...; never a plain password.';
comment on column app_user.failed_sign_ins is 'Consecutive failed sign-ins since the last success or lock; reaching the limit locks the account.';
comment on column app_user.locked_until is 'Sign-in is refused until this time after repeated failures.';
create index app_user_team_idx on app_user (team_id);
create index app_user_agency_idx on app_user (agency_id);

create table api_token (
    id          uuid primary key default gen_random_uuid(),
    agency_id   uuid not null references agency (id),
    name        text not null,
    token_hash  text not null unique,
    scopes      text[] not null default '{}',
    created_at  timestamptz not null,
    created_by  text not null,
    revoked_at  timestamptz,
    revoked_by  text,
    version     integer not null default 0
);
comment on table api_token is 'Per-agency API tokens for /api/v1. Only the SHA-256 hash of a token is stored; the token itself is shown once when issued.';
comment on column api_token.scopes is 'Extra scopes beyond the issuing agency, e.g. partnership (partnership-wide) or audit (audit chain verification).';
