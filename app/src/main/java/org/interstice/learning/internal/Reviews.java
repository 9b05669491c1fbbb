package org.interstice.learning.internal;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Serious incident reviews and their three clocks. Each deadline is computed once, when the step that starts it is
 * recorded, and stored; each step checks the current state and refuses an impossible move with a reason.
 */
@Component("learningReviews")
public class Reviews {

    public record Review(UUID id, UUID incidentId, String title, String owner, LocalDate awareOn,
                         LocalDate notificationDueOn, LocalDate notifiedOn, LocalDate rapidReviewDueOn,
                         LocalDate rapidReviewDoneOn, LocalDate localReviewDecidedOn, LocalDate localReviewDueOn,
                         LocalDate localReviewDoneOn, long version) {

        /** The clock running now and its due date, or null when none is running. */
        public String runningClock() {
            if (notifiedOn == null) {
                return "Notification to the national panel";
            }
            if (rapidReviewDoneOn == null) {
                return "Rapid review";
            }
            if (localReviewDecidedOn != null && localReviewDoneOn == null) {
                return "Local child safeguarding practice review";
            }
            return null;
        }

        public LocalDate runningDueOn() {
            if (notifiedOn == null) {
                return notificationDueOn;
            }
            if (rapidReviewDoneOn == null) {
                return rapidReviewDueOn;
            }
            return localReviewDecidedOn != null && localReviewDoneOn == null ? localReviewDueOn : null;
        }

        public boolean overdueOn(LocalDate today) {
            return runningDueOn() != null && runningDueOn().isBefore(today);
        }
    }

    public enum Step { NOTIFIED, RAPID_REVIEW_DONE, LOCAL_REVIEW_COMMISSIONED, LOCAL_REVIEW_DONE }

    /** Who sees reviews; only the learning lead (partnership lead) opens them and records their steps. */
    public static boolean canRead(Viewer viewer) {
        return viewer.hasAnyRole(Role.PARTNERSHIP_LEAD, Role.TEAM_MANAGER, Role.PANEL_CHAIR, Role.AUDITOR);
    }

    private final JdbcClient jdbc;
    private final ReviewClocks clocks;
    private final Audit audit;
    private final Clock clock;

    Reviews(JdbcClient jdbc, ReviewClocks clocks, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a review of a serious incident; the learning lead owns it. Returns the id, or a refusal. */
    @Transactional
    public Result open(UUID incidentId, String title, LocalDate awareOn, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD) || viewer.userId() == null) {
            return Result.refused(null, "Only the learning lead (a partnership lead) opens a review");
        }
        if (title == null || title.isBlank()) {
            return Result.refused("title", "Enter a title that does not name the child");
        }
        if (awareOn == null || awareOn.isAfter(clocks.today())) {
            return Result.refused("awareOn", "Enter the date the partnership became aware, today or earlier");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO learning_review (id, incident_id, title, owner_user_id, aware_on, notification_due_on, created_at)
                VALUES (:id, :incident, :title, :owner, :aware, :due, :at)""")
                .param("id", id).param("incident", incidentId).param("title", title.strip())
                .param("owner", viewer.userId()).param("aware", awareOn).param("due", clocks.notificationDue(awareOn))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.change(viewer, "learning.review.open", "learning_review", id);
        return new Result(id, null, null);
    }

    /** Records a step on the date given; refuses a step out of order or a stale version. */
    @Transactional
    public Result record(UUID id, Step step, LocalDate on, long version, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD)) {
            return Result.refused(null, "Only the learning lead (a partnership lead) records a review's steps");
        }
        Optional<Review> found = find(id);
        if (found.isEmpty()) {
            return Result.refused(null, "No such review");
        }
        Review r = found.get();
        if (on == null || on.isAfter(clocks.today())) {
            return Result.refused("on", "Enter a date today or earlier");
        }
        String refusal = switch (step) {
            case NOTIFIED -> r.notifiedOn() != null ? "The notification is already recorded"
                    : on.isBefore(r.awareOn()) ? "The notification cannot be before the partnership became aware" : null;
            case RAPID_REVIEW_DONE -> r.notifiedOn() == null ? "A rapid review cannot start without a notification"
                    : r.rapidReviewDoneOn() != null ? "The rapid review is already recorded as done"
                    : on.isBefore(r.notifiedOn()) ? "The rapid review cannot end before the notification" : null;
            case LOCAL_REVIEW_COMMISSIONED -> r.rapidReviewDoneOn() == null ? "The rapid review decides whether to commission a local review: record it first"
                    : r.localReviewDecidedOn() != null ? "The local review is already commissioned" : null;
            case LOCAL_REVIEW_DONE -> r.localReviewDecidedOn() == null ? "No local review has been commissioned"
                    : r.localReviewDoneOn() != null ? "The local review is already recorded as done" : null;
        };
        if (refusal != null) {
            return Result.refused("on", refusal);
        }
        String set = switch (step) {
            case NOTIFIED -> "notified_on = :on, rapid_review_due_on = :due";
            case RAPID_REVIEW_DONE -> "rapid_review_done_on = :on";
            case LOCAL_REVIEW_COMMISSIONED -> "local_review_decided_on = :on, local_review_due_on = :due";
            case LOCAL_REVIEW_DONE -> "local_review_done_on = :on";
        };
        LocalDate due = step == Step.NOTIFIED ? clocks.rapidReviewDue(on)
                : step == Step.LOCAL_REVIEW_COMMISSIONED ? clocks.localReviewDue(on) : null;
        int updated = jdbc.sql("UPDATE learning_review SET " + set + ", version = version + 1 WHERE id = :id AND version = :version")
                .param("on", on).param("due", due).param("id", id).param("version", version).update();
        if (updated == 0) {
            return Result.refused(null, "Someone else changed this review; reload it and try again");
        }
        audit.change(viewer, "learning.review." + step.name().toLowerCase(), "learning_review", id);
        return new Result(id, null, null);
    }

    public record Result(UUID id, String field, String refusal) {
        static Result refused(String field, String reason) {
            return new Result(null, field, reason);
        }
    }

    private static final String SELECT = """
            SELECT r.*, u.display_name AS owner FROM learning_review r JOIN app_user u ON u.id = r.owner_user_id
            """;

    @Transactional
    public List<Review> list(Viewer viewer) {
        audit.read(viewer, "learning_reviews", "all");
        return jdbc.sql(SELECT + " ORDER BY r.aware_on DESC").query(Reviews::row).list();
    }

    /** Reviews whose running clock is past its due date, oldest due first. */
    public List<Review> overdue() {
        LocalDate today = clocks.today();
        List<Review> out = new ArrayList<>(jdbc.sql(SELECT).query(Reviews::row).list().stream()
                .filter(r -> r.overdueOn(today)).toList());
        out.sort(java.util.Comparator.comparing(Review::runningDueOn));
        return out;
    }

    @Transactional
    public Optional<Review> byId(UUID id, Viewer viewer) {
        audit.read(viewer, "learning_review", id);
        return find(id);
    }

    private Optional<Review> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(Reviews::row).optional();
    }

    private static Review row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Review(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class), rs.getString("title"),
                rs.getString("owner"), rs.getObject("aware_on", LocalDate.class),
                rs.getObject("notification_due_on", LocalDate.class), rs.getObject("notified_on", LocalDate.class),
                rs.getObject("rapid_review_due_on", LocalDate.class), rs.getObject("rapid_review_done_on", LocalDate.class),
                rs.getObject("local_review_decided_on", LocalDate.class), rs.getObject("local_review_due_on", LocalDate.class),
                rs.getObject("local_review_done_on", LocalDate.class), rs.getLong("version"));
    }
}
