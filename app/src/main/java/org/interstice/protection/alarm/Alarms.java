package org.interstice.protection.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.common.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads "known but not protected" alarms within the viewer's scope, and closes one by a recorded decision. */
@Component("protectionAlarms")
public class Alarms {

    /** How the alarm list is ordered. */
    public enum Order {
        AGE("a.raised_at ASC, a.id"),
        RISK("a.risk_from_top ASC, a.raised_at ASC, a.id");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }

        public static Order of(String name) {
            return "risk".equalsIgnoreCase(name) ? RISK : AGE;
        }
    }

    /** An alarm with what a manager needs to act on it. */
    public record Alarm(UUID id, UUID subjectId, String childName, LocalDate birthDate, OffsetDateTime raisedAt,
                        List<AlarmReason> reasons, Integer riskRank, Integer riskLevelCount, String riskLabel,
                        UUID ownerTeamId, int agenciesAware, OffsetDateTime endedAt, String endedHow,
                        String endReason, String endedBy, int version) {

        public boolean open() {
            return endedAt == null;
        }

        /** The risk as a manager reads it; an alarm about a child nobody has screened says so. */
        public String riskText() {
            return riskLabel == null ? "Not yet screened" : riskLabel;
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.subject_id, coalesce(c.identity_name, c.stated_name) AS stated_name, coalesce(c.identity_birth_date, c.stated_birth_date) AS stated_birth_date, a.raised_at, a.reasons::text AS reasons,
                   a.risk_rank, coalesce(c.risk_level_count, a.risk_rank) AS risk_level_count, a.risk_label,
                   a.owner_team_id, a.agencies_aware, a.ended_at, a.ended_how, a.end_reason, a.ended_by, a.version
            FROM protection_alarm a JOIN protection_child c ON c.subject_id = a.subject_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final AlarmWatch watch;

    Alarms(JdbcClient jdbc, Clock clock, Audit audit, AlarmWatch watch) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.watch = watch;
    }

    private static Alarm map(ResultSet rs, int row) throws SQLException {
        return new Alarm(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getString("stated_name"), rs.getObject("stated_birth_date", LocalDate.class),
                rs.getObject("raised_at", OffsetDateTime.class),
                AlarmWatch.JSON.readValue(rs.getString("reasons"), AlarmWatch.REASONS), rs.getObject("risk_rank", Integer.class),
                rs.getObject("risk_level_count", Integer.class), rs.getString("risk_label"), rs.getObject("owner_team_id", UUID.class),
                rs.getInt("agencies_aware"), rs.getObject("ended_at", OffsetDateTime.class), rs.getString("ended_how"),
                rs.getString("end_reason"), rs.getString("ended_by"), rs.getInt("version"));
    }

    /**
     * Open alarms the viewer may see. Wide viewers (MASH, panel chairs, partnership tokens) see all; a team manager
     * sees the alarms their team owns (the alarm's owner is the responsible team's manager); an agency's API token
     * sees alarms for children its agency has recorded something about. Each scope has its own SQL so that each is
     * served by a partial index on open alarms.
     */
    public List<Alarm> open(Scope scope, Order order, int limit, int offset) {
        return scope.bind(jdbc.sql(SELECT + " WHERE a.ended_at IS NULL AND " + visibleTo(scope)
                        + " ORDER BY " + order.sql + " LIMIT :limit OFFSET :offset"))
                .param("limit", limit).param("offset", offset).query(Alarms::map).list();
    }

    public long openCount(Scope scope) {
        String from = scope.wide() || scope.teamId() != null ? "protection_alarm a"
                : "protection_alarm a JOIN protection_child c ON c.subject_id = a.subject_id";
        return scope.bind(jdbc.sql("SELECT count(*) FROM " + from + " WHERE a.ended_at IS NULL AND " + visibleTo(scope)))
                .query(Long.class).single();
    }

    private static String visibleTo(Scope scope) {
        if (scope.wide()) {
            return "TRUE";
        }
        if (scope.teamId() != null) {
            return "a.owner_team_id = CAST(:team AS uuid)";
        }
        return Scope.CHILD_VISIBLE;
    }

    /** Every alarm the child has had, newest first. */
    public List<Alarm> forChild(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE a.subject_id = :id ORDER BY a.raised_at DESC").param("id", subjectId)
                .query(Alarms::map).list();
    }

    public Optional<Alarm> byId(UUID alarmId) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", alarmId).query(Alarms::map).optional();
    }

    /**
     * Ends an open alarm by a team manager's or panel chair's recorded decision. The decision holds until a new reason
     * appears or risk rises; it is audited in the same transaction.
     */
    @Transactional
    public void closeByDecision(UUID alarmId, int expectedVersion, String reason, Viewer viewer) {
        if (!(viewer.hasRole(Role.TEAM_MANAGER) || viewer.hasRole(Role.PANEL_CHAIR))) {
            throw new Refusal(null, "Only a team manager or panel chair can close an alarm");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("reason", "Give the reason for closing the alarm");
        }
        Alarm alarm = byId(alarmId).orElseThrow(() -> new Refusal(null, "There is no such alarm"));
        if (!alarm.open()) {
            throw new Refusal(null, "This alarm has already ended");
        }
        int updated = jdbc.sql("""
                UPDATE protection_alarm SET ended_at = :now, ended_how = 'DECISION', end_reason = :reason,
                       ended_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND ended_at IS NULL""")
                .param("now", OffsetDateTime.now(clock)).param("reason", reason.strip())
                .param("by", viewer.displayName()).param("id", alarmId).param("version", expectedVersion).update();
        if (updated != 1) {
            throw new Refusal(null, "The alarm changed while you were looking at it; reload the page and try again");
        }
        audit.change(viewer, "protection.alarm.closed-by-decision", "protection-alarm", alarmId);
    }

    /** Re-applies the rules to one child now (after any change to its records). */
    public void reevaluate(UUID subjectId) {
        watch.reevaluate(subjectId);
    }
}
