create table audit_entry (
    id             bigint primary key,
    occurred_at    timestamptz not null,
    user_id        uuid,
    username       text,
    agency_code    text,
    role           text,
    action         text not null,
    resource_type  text,
    resource_id    text,
    outcome        text not null,
    client_address text,
    previous_hash  text not null,
    hash           text not null
);
comment on table audit_entry is 'Append-only, hash-chained audit log of every sign-in, read of case-level data and change. Each hash is SHA-256 over the entry''s content and the previous entry''s hash; a trigger rejects UPDATE, DELETE and TRUNCATE.';
comment on column audit_entry.previous_hash is 'Hash of the entry with the next lower id (64 zeros for the first entry).';
create sequence audit_entry_id_seq owned by audit_entry.id;
create index audit_entry_resource_idx on audit_entry (resource_type, resource_id);
create index audit_entry_username_idx on audit_entry (username);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
