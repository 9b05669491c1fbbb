package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading "named but not pursued" alarms. */
@Component
public class Alarms {

    private final JdbcClient jdbc;
    private final Clock clock;

    Alarms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An open alarm; {@code ageDays} counts from the day it fell due. */
    public record OpenAlarm(UUID alarmId, UUID suspectId, UUID subjectId, String suspectName, Stage stage,
                            int independentReports, List<UUID> linkedChildren, Instant raisedAt, LocalDate dueOn,
                            long ageDays, LocalDate escalatesOn, boolean escalated, UUID ownerUserId, List<String> reasons) {
    }

    /** An alarm that has ended, and how. */
    public record EndedAlarm(UUID alarmId, LocalDate dueOn, Instant endedAt, String endKind, String endReason, UUID endedBy) {
    }

    public List<OpenAlarm> open() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select a.id, a.suspect_id, s.subject_id, s.display_name, s.stage, a.independent_reports, a.linked_children,
                               a.raised_at, a.due_on, a.escalates_on, a.escalated_at is not null as escalated, s.owner_user_id, a.reasons
                        from pursuit_alarm a join suspect s on s.id = a.suspect_id
                        where a.ended_at is null
                        order by a.escalated_at is null, a.due_on, s.display_name""")
                .query((rs, n) -> map(rs, today)).list();
    }

    /** One page of the open alarms, in the same order as {@link #open()}. */
    public List<OpenAlarm> open(int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select a.id, a.suspect_id, s.subject_id, s.display_name, s.stage, a.independent_reports, a.linked_children,
                               a.raised_at, a.due_on, a.escalates_on, a.escalated_at is not null as escalated, s.owner_user_id, a.reasons
                        from pursuit_alarm a join suspect s on s.id = a.suspect_id
                        where a.ended_at is null
                        order by a.escalated_at is null, a.due_on, s.display_name, a.id offset ? limit ?""")
                .params(offset, limit).query((rs, n) -> map(rs, today)).list();
    }

    /** The intelligence person each suspect stands for. */
    public java.util.Map<UUID, UUID> personIds(java.util.Collection<UUID> suspectIds) {
        java.util.Map<UUID, UUID> out = new java.util.HashMap<>();
        if (suspectIds.isEmpty()) return out;
        jdbc.sql("select id, person_entity_id from suspect where id = any(cast(? as uuid[]))").param(AlarmSweep.array(suspectIds))
                .query(rs -> { out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)); });
        return out;
    }

    public java.util.Optional<OpenAlarm> openFor(UUID suspectId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select a.id, a.suspect_id, s.subject_id, s.display_name, s.stage, a.independent_reports, a.linked_children,
                               a.raised_at, a.due_on, a.escalates_on, a.escalated_at is not null as escalated, s.owner_user_id, a.reasons
                        from pursuit_alarm a join suspect s on s.id = a.suspect_id
                        where a.ended_at is null and a.suspect_id = ?""")
                .param(suspectId).query((rs, n) -> map(rs, today)).optional();
    }

    public List<EndedAlarm> endedFor(UUID suspectId) {
        return jdbc.sql("""
                        select id, due_on, ended_at, end_kind, end_reason, ended_by from pursuit_alarm
                        where suspect_id = ? and ended_at is not null order by ended_at desc""")
                .param(suspectId)
                .query((rs, n) -> new EndedAlarm(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class)))
                .list();
    }

    public long openCount() {
        return jdbc.sql("select count(*) from pursuit_alarm where ended_at is null").query(Long.class).single();
    }

    private static OpenAlarm map(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Array children = rs.getArray(7);
        List<UUID> childIds = children == null ? List.of() : Arrays.stream((Object[]) children.getArray()).map(o -> (UUID) o).toList();
        LocalDate due = rs.getObject(9, LocalDate.class);
        return new OpenAlarm(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), Stage.valueOf(rs.getString(5)), rs.getInt(6), childIds, rs.getTimestamp(8).toInstant(), due,
                ChronoUnit.DAYS.between(due, today), rs.getObject(10, LocalDate.class), rs.getBoolean(11),
                rs.getObject(12, UUID.class), List.of(rs.getString(13).split("\n")));
    }
}
