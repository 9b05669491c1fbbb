package org.interstice.learning.internal;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.HandoffCompleted;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.Handoffs;
import org.interstice.handoff.Sent;
import org.interstice.handoff.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Findings coded to causes, and their recommendations. A recommendation becomes an owned action through the hand-off
 * machinery (an ACTION hand-off to the agency that must act, due on the agreed date), so it is acknowledged,
 * accepted, escalated when overdue and shown with every other overdue hand-off; it is complete when the hand-off is.
 */
@Component
public class Findings {

    /** The hand-off origin of a learning recommendation. */
    public static final String ORIGIN = "LEARNING_RECOMMENDATION";

    public record Finding(UUID id, UUID reviewId, UUID incidentId, String causeCode, String causeLabel, LocalDate foundOn,
                          String summary) {
    }

    public record Recommendation(UUID id, UUID findingId, String action, String agency, LocalDate dueOn, UUID handoffId,
                                 Instant completedAt) {
        public boolean open() {
            return completedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Causes causes;
    private final Handoffs handoffs;
    private final Audit audit;
    private final Clock clock;

    Findings(JdbcClient jdbc, Causes causes, Handoffs handoffs, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.causes = causes;
        this.handoffs = handoffs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a finding of a review or an incident; returns a refusal, or null. */
    @Transactional
    public String record(UUID reviewId, UUID incidentId, String causeCode, String summary, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD) || viewer.userId() == null) {
            return "Only the learning lead (a partnership lead) records findings";
        }
        if (causeCode == null || causes.byCode(causeCode).filter(Causes.Cause::active).isEmpty()) {
            return "Choose the familiar cause this finding is an example of";
        }
        if (summary == null || summary.isBlank()) {
            return "Describe the finding in no-blame language";
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning_finding (id, review_id, incident_id, cause_code, found_on, summary, recorded_by, recorded_at)
                VALUES (:id, :review, :incident, :cause, :on, :summary, :by, :at)""")
                .param("id", id).param("review", reviewId).param("incident", incidentId).param("cause", causeCode)
                .param("on", LocalDate.now(clock)).param("summary", summary.strip()).param("by", viewer.userId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.change(viewer, "learning.finding.record", "learning_finding", id);
        return null;
    }

    /** Turns a recommendation into an owned action for an agency, due on the date agreed; returns a refusal, or null. */
    @Transactional
    public String recommend(UUID findingId, String action, UUID toAgencyId, LocalDate dueOn, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD)) {
            return "Only the learning lead (a partnership lead) makes recommendations";
        }
        if (action == null || action.isBlank()) {
            return "Describe the action";
        }
        if (toAgencyId == null) {
            return "Choose the agency that must act";
        }
        if (dueOn == null || !dueOn.isAfter(LocalDate.now(clock))) {
            return "Enter a due date after today";
        }
        Finding finding = jdbc.sql(SELECT_FINDING + " WHERE f.id = :id").param("id", findingId).query(Findings::finding)
                .optional().orElse(null);
        if (finding == null) {
            return "No such finding";
        }
        UUID id = UUID.randomUUID();
        Instant due = dueOn.atTime(LocalTime.of(17, 0)).atZone(clock.getZone()).toInstant();
        Sent sent = handoffs.send(new HandoffRequest(HandoffKind.ACTION, Urgency.GREEN, null, toAgencyId, null,
                "Learning recommendation (" + finding.causeLabel() + "): " + action.strip(), due, ORIGIN, id, null), viewer);
        if (sent.refused()) {
            return sent.refusal();
        }
        jdbc.sql("""
                INSERT INTO learning_recommendation (id, finding_id, action, to_agency_id, due_on, handoff_id, created_at, created_by)
                VALUES (:id, :finding, :action, :agency, :due, :handoff, :at, :by)""")
                .param("id", id).param("finding", findingId).param("action", action.strip()).param("agency", toAgencyId)
                .param("due", dueOn).param("handoff", sent.handoffId()).param("at", Timestamp.from(clock.instant()))
                .param("by", viewer.userId())
                .update();
        audit.change(viewer, "learning.recommendation.make", "learning_recommendation", id);
        return null;
    }

    @ApplicationModuleListener
    void on(HandoffCompleted completed) {
        jdbc.sql("UPDATE learning_recommendation SET completed_at = :at WHERE handoff_id = :id AND completed_at IS NULL")
                .param("at", Timestamp.from(clock.instant())).param("id", completed.handoffId()).update();
    }

    private static final String SELECT_FINDING = """
            SELECT f.id, f.review_id, f.incident_id, f.cause_code, c.label, f.found_on, f.summary
              FROM learning_finding f JOIN learning_cause c ON c.code = f.cause_code
            """;

    public List<Finding> ofReview(UUID reviewId) {
        return jdbc.sql(SELECT_FINDING + " WHERE f.review_id = :id ORDER BY f.recorded_at").param("id", reviewId)
                .query(Findings::finding).list();
    }

    public List<Finding> ofIncident(UUID incidentId) {
        return jdbc.sql(SELECT_FINDING + " WHERE f.incident_id = :id ORDER BY f.recorded_at").param("id", incidentId)
                .query(Findings::finding).list();
    }

    public List<Recommendation> recommendations(List<UUID> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.finding_id, r.action, a.name, r.due_on, r.handoff_id, r.completed_at
                  FROM learning_recommendation r JOIN agency a ON a.id = r.to_agency_id
                 WHERE r.finding_id IN (:ids) ORDER BY r.due_on""")
                .param("ids", findingIds)
                .query((rs, i) -> new Recommendation(rs.getObject("id", UUID.class), rs.getObject("finding_id", UUID.class),
                        rs.getString("action"), rs.getString("name"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("handoff_id", UUID.class),
                        rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant()))
                .list();
    }

    private static Finding finding(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Finding(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
                rs.getObject("incident_id", UUID.class), rs.getString("cause_code"), rs.getString("label"),
                rs.getObject("found_on", LocalDate.class), rs.getString("summary"));
    }
}
