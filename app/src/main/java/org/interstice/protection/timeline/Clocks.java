package org.interstice.protection.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.protection.alarm.OverdueClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Statutory clocks per child: started with a stored due date, completed or cancelled, overdue after the due date. */
@Component("protectionClocks")
public class Clocks {

    /** A clock as stored. */
    public record ClockRow(UUID id, UUID subjectId, ClockKind kind, LocalDate startedOn, LocalDate dueOn, String basis,
                           UUID ownerTeamId, String ownerName, LocalDate completedOn, LocalDate cancelledOn,
                           String cancelReason) {

        public boolean open() {
            return completedOn == null && cancelledOn == null;
        }

        public boolean overdueOn(LocalDate today) {
            return open() && today.isAfter(dueOn);
        }

        public String status(LocalDate today) {
            if (completedOn != null) {
                return completedOn.isAfter(dueOn) ? "Completed late" : "Completed";
            }
            if (cancelledOn != null) {
                return cancelReason != null ? cancelReason : "No longer needed";
            }
            return today.isAfter(dueOn) ? "Overdue" : "Open";
        }
    }

    /** An overdue clock on a team's list, with the child's name. */
    public record TeamOverdue(UUID clockId, UUID subjectId, String childName, ClockKind kind, LocalDate dueOn,
                              String basis, String ownerName) {
    }

    private static final String COLUMNS =
            "id, subject_id, kind, started_on, due_on, basis, owner_team_id, owner_name, completed_on, cancelled_on, cancel_reason";

    private final JdbcClient jdbc;
    private final Clock clock;

    Clocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID start(UUID subjectId, Deadline deadline, UUID ownerTeamId, String ownerName, UUID sourceId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO statutory_clock (id, subject_id, kind, started_on, due_on, basis, owner_team_id, owner_name,
                                             source_id, created_at)
                VALUES (:id, :subject, :kind, :started, :due, :basis, :team, :owner, :source, :now)""")
                .param("id", id).param("subject", subjectId).param("kind", deadline.kind().name())
                .param("started", deadline.startedOn()).param("due", deadline.dueOn()).param("basis", deadline.basis())
                .param("team", ownerTeamId).param("owner", ownerName).param("source", sourceId)
                .param("now", OffsetDateTime.now(clock)).update();
        return id;
    }

    /** Completes the child's open clocks of a kind; returns how many there were. */
    public int complete(UUID subjectId, ClockKind kind, LocalDate on) {
        return jdbc.sql("""
                UPDATE statutory_clock SET completed_on = :on, version = version + 1
                WHERE subject_id = :subject AND kind = :kind AND completed_on IS NULL AND cancelled_on IS NULL""")
                .param("on", on).param("subject", subjectId).param("kind", kind.name()).update();
    }

    /** Completes the open clock started by a particular event (such as one contact's referral decision). */
    public int completeFor(UUID sourceId, ClockKind kind, LocalDate on) {
        return jdbc.sql("""
                UPDATE statutory_clock SET completed_on = :on, version = version + 1
                WHERE source_id = :source AND kind = :kind AND completed_on IS NULL AND cancelled_on IS NULL""")
                .param("on", on).param("source", sourceId).param("kind", kind.name()).update();
    }

    public int cancel(UUID subjectId, ClockKind kind, LocalDate on) {
        return cancel(subjectId, kind, on, null);
    }

    /** Closes the child's open clocks of a kind without their being met, saying why (shown as the clock's status). */
    public int cancel(UUID subjectId, ClockKind kind, LocalDate on, String reason) {
        return jdbc.sql("""
                UPDATE statutory_clock SET cancelled_on = :on, cancel_reason = :reason, version = version + 1
                WHERE subject_id = :subject AND kind = :kind AND completed_on IS NULL AND cancelled_on IS NULL""")
                .param("on", on).param("reason", reason).param("subject", subjectId).param("kind", kind.name()).update();
    }

    public boolean hasOpen(UUID subjectId, ClockKind kind) {
        return jdbc.sql("""
                SELECT count(*) FROM statutory_clock
                WHERE subject_id = :subject AND kind = :kind AND completed_on IS NULL AND cancelled_on IS NULL""")
                .param("subject", subjectId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    /** Open clocks follow the child when another team becomes responsible. */
    public void reassignOpen(UUID subjectId, UUID teamId) {
        jdbc.sql("""
                UPDATE statutory_clock SET owner_team_id = :team, version = version + 1
                WHERE subject_id = :subject AND kind <> 'REFERRAL_DECISION' AND completed_on IS NULL AND cancelled_on IS NULL""")
                .param("team", teamId).param("subject", subjectId).update();
    }

    public List<ClockRow> forChild(UUID subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE subject_id = :subject ORDER BY started_on, due_on")
                .param("subject", subjectId).query(ClockRow.class).list();
    }

    public List<OverdueClock> overdueForChild(UUID subjectId, LocalDate today) {
        return jdbc.sql("""
                SELECT kind, due_on FROM statutory_clock
                WHERE subject_id = :subject AND completed_on IS NULL AND cancelled_on IS NULL AND due_on < :today
                ORDER BY due_on""")
                .param("subject", subjectId).param("today", today).query(OverdueClock.class).list();
    }

    /** A team's overdue clocks, oldest first; served by the partial index on open clocks. */
    public List<TeamOverdue> overdueForTeam(UUID teamId, LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT k.id AS clock_id, k.subject_id, coalesce(c.identity_name, c.stated_name) AS child_name, k.kind, k.due_on, k.basis, k.owner_name
                FROM statutory_clock k JOIN protection_child c ON c.subject_id = k.subject_id
                WHERE k.owner_team_id = :team AND k.completed_on IS NULL AND k.cancelled_on IS NULL AND k.due_on < :today
                ORDER BY k.due_on, k.id LIMIT :limit""")
                .param("team", teamId).param("today", today).param("limit", limit).query(TeamOverdue.class).list();
    }

    public long overdueCountForTeam(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                SELECT count(*) FROM statutory_clock
                WHERE owner_team_id = :team AND completed_on IS NULL AND cancelled_on IS NULL AND due_on < :today""")
                .param("team", teamId).param("today", today).query(Long.class).single();
    }
}
