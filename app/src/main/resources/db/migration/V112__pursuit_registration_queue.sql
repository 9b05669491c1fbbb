-- The men a report names as suspects wait here for pursuit to register them and re-assess their alarms (ADR 0082).
-- A row is written in the report's own transaction, so no report's suspects can be lost between the report and
-- pursuit; pursuit's worker takes the rows in batches and deletes them in the transaction that registers them.
create table pursuit_registration_queue (
    id bigint generated always as identity primary key,
    person_entity_id uuid not null,
    report_id uuid not null,
    queued_at timestamptz not null,
    attempts integer not null default 0,
    not_before timestamptz,
    last_error text
);
comment on table pursuit_registration_queue is
    'Persons named as suspects in intelligence reports, waiting for pursuit to register them and re-assess their alarms; written with the report, deleted once registered. A row that failed to register has attempts, not_before (retried after) and last_error.';
