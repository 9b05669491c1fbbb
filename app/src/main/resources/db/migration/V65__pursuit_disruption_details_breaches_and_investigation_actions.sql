-- Issue 14: Slavery and Trafficking Prevention and Risk Orders (Modern Slavery Act 2015), CAWNs linked to the child
-- they protect, licensing outcomes, breaches of orders and notices, and actions recorded in an open investigation.

alter table disruption_action drop constraint disruption_action_action_type_check;
alter table disruption_action add constraint disruption_action_action_type_check check (action_type in (
    'CAWN', 'SRO', 'SHPO', 'STPO', 'STRO', 'LICENSING_REFERRAL', 'LICENSING_REVIEW',
    'LICENCE_SUSPENDED', 'LICENCE_REVOKED', 'LICENCE_REFUSED', 'OTHER'));

alter table disruption_action
    add column child_subject_id uuid,
    add column cawn_type        text check (cawn_type in ('UNDER_16', 'UNDER_18_IN_CARE')),
    add column court            text,
    add column conditions       text,
    add column authority        text,
    add column licence          text;

-- Enforced for every new row; rows recorded before these details existed are left as they were (NOT VALID).
alter table disruption_action add constraint disruption_action_cawn_child
    check (action_type <> 'CAWN' or (child_subject_id is not null and cawn_type is not null)) not valid;
alter table disruption_action add constraint disruption_action_order_court
    check (action_type not in ('STPO', 'STRO') or (court is not null and conditions is not null)) not valid;
alter table disruption_action add constraint disruption_action_licensing_outcome
    check (action_type not in ('LICENCE_SUSPENDED', 'LICENCE_REVOKED', 'LICENCE_REFUSED')
           or (authority is not null and licence is not null)) not valid;

comment on column disruption_action.taken_on is
    'The date the action was taken: the date an order was made, a notice issued, or a licensing decision taken.';
comment on column disruption_action.child_subject_id is
    'CAWN only: the identity subject of the child the notice protects.';
comment on column disruption_action.cawn_type is
    'CAWN only: UNDER_16 (Child Abduction Act 1984, s.2) or UNDER_18_IN_CARE (Children Act 1989, s.49).';
comment on column disruption_action.court is 'Orders: the court that made the order.';
comment on column disruption_action.conditions is 'Orders: the prohibitions the order contains.';
comment on column disruption_action.authority is 'Licensing outcomes: the licensing authority that decided.';
comment on column disruption_action.licence is 'Licensing outcomes: the licence (type and number) decided on.';
create index disruption_action_child on disruption_action (child_subject_id) where child_subject_id is not null;

create table disruption_breach (
    id            uuid primary key,
    disruption_id uuid not null references disruption_action (id),
    breached_on   date not null,
    note          text,
    recorded_at   timestamptz not null,
    recorded_by   uuid
);
comment on table disruption_breach is
    'A breach of an order or notice (CAWN, SRO, SHPO, STPO, STRO) and when it happened. A breach is not an action: it '
    'ends the quiet the order gave the "named but not pursued" alarm and is shown among the alarm''s reasons.';
create index disruption_breach_disruption on disruption_breach (disruption_id);

create table investigation_action (
    id          uuid primary key,
    suspect_id  uuid not null references suspect (id),
    taken_on    date not null,
    description text not null,
    recorded_at timestamptz not null,
    recorded_by uuid
);
comment on table investigation_action is
    'An action recorded in an open investigation of a suspect (an interview, a search, a forensic submission, a file '
    'review). An open investigation keeps the "named but not pursued" alarm quiet only while it records actions.';
create index investigation_action_suspect on investigation_action (suspect_id, taken_on);
