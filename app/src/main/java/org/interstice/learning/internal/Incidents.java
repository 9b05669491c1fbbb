package org.interstice.learning.internal;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Incidents and near misses. The reporter of an anonymous report is visible only to the learning lead (the
 * partnership lead) and to the reporter: the query returns no name otherwise, so no page can show it by mistake.
 */
@Component
public class Incidents {

    public enum Kind { INCIDENT, NEAR_MISS }

    public record NewIncident(Kind kind, boolean serious, LocalDate occurredOn, String whatHappened, boolean anonymous,
                              UUID subjectId, UUID handoffId, UUID alarmId) {
    }

    /** A report as the viewer may see it; {@code reporter} is null when it is hidden from them. */
    public record Incident(UUID id, Kind kind, boolean serious, LocalDate occurredOn, String whatHappened,
                           Instant reportedAt, boolean anonymous, String reporter, UUID subjectId, UUID handoffId,
                           UUID alarmId) {
    }

    public record Reported(UUID id, String field, String refusal) {
    }

    /** Who sees incident reports (never elected members: a report is about individuals). */
    public static boolean canRead(Viewer viewer) {
        return viewer.hasAnyRole(Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.MASH_OFFICER, Role.AUDITOR);
    }

    private static final String SELECT = """
            SELECT i.id, i.kind, i.serious, i.occurred_on, i.what_happened, i.reported_at, i.anonymous,
                   i.subject_id, i.handoff_id, i.alarm_id,
                   CASE WHEN NOT i.anonymous OR :lead OR i.reporter_user_id = :viewer THEN u.display_name END AS reporter
              FROM learning_incident i JOIN app_user u ON u.id = i.reporter_user_id
            """;

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    Incidents(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Reported report(NewIncident incident, Viewer viewer) {
        if (viewer.userId() == null) {
            return new Reported(null, null, "Reports are made by a signed-in person");
        }
        if (incident.kind() == null) {
            return new Reported(null, "kind", "Choose whether this is an incident or a near miss");
        }
        if (incident.occurredOn() == null) {
            return new Reported(null, "occurredOn", "Enter the date it happened");
        }
        if (incident.occurredOn().isAfter(LocalDate.now(clock))) {
            return new Reported(null, "occurredOn", "The date it happened must be today or in the past");
        }
        if (incident.whatHappened() == null || incident.whatHappened().isBlank()) {
            return new Reported(null, "whatHappened", "Describe what happened");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning_incident (id, kind, serious, occurred_on, what_happened, reported_at, reporter_user_id,
                                               anonymous, subject_id, handoff_id, alarm_id)
                VALUES (:id, :kind, :serious, :occurred, :what, :at, :reporter, :anonymous, :subject, :handoff, :alarm)""")
                .param("id", id).param("kind", incident.kind().name()).param("serious", incident.serious())
                .param("occurred", incident.occurredOn()).param("what", incident.whatHappened().strip())
                .param("at", Timestamp.from(clock.instant())).param("reporter", viewer.userId())
                .param("anonymous", incident.anonymous()).param("subject", incident.subjectId())
                .param("handoff", incident.handoffId()).param("alarm", incident.alarmId())
                .update();
        audit.change(viewer, "learning.incident.report", "learning_incident", id);
        return new Reported(id, null, null);
    }

    @Transactional
    public List<Incident> list(Viewer viewer) {
        audit.read(viewer, "learning_incidents", "all");
        return bind(jdbc.sql(SELECT + " ORDER BY i.reported_at DESC LIMIT 500"), viewer).query(this::row).list();
    }

    @Transactional
    public Optional<Incident> byId(UUID id, Viewer viewer) {
        audit.read(viewer, "learning_incident", id);
        return bind(jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id), viewer).query(this::row).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("lead", viewer.hasRole(Role.PARTNERSHIP_LEAD))
                .param("viewer", viewer.userId() == null ? new UUID(0, 0) : viewer.userId());
    }

    private Incident row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Incident(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")), rs.getBoolean("serious"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("what_happened"),
                rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("anonymous"), rs.getString("reporter"),
                rs.getObject("subject_id", UUID.class), rs.getObject("handoff_id", UUID.class),
                rs.getObject("alarm_id", UUID.class));
    }
}
