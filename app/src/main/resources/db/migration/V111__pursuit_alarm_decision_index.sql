-- The alarm sweep, run after every report naming a suspect, reads the last decision that ended each suspect's alarm:
-- without an index on the suspect for ended alarms it scanned every alarm (issue 12's throughput).
create index pursuit_alarm_decision on pursuit_alarm (suspect_id, ended_at desc) where end_kind = 'DECISION';
