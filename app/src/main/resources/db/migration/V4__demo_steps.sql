create table demo_step_run (
    step       text primary key,
    step_order integer not null,
    ran_at     timestamptz not null
);
comment on table demo_step_run is 'Which demo seeding steps have run on this database, so each runs once (demo mode only).';
