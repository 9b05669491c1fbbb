package org.interstice.handoff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.Sql.at;
import static org.interstice.handoff.internal.Sql.instant;

/**
 * Partnership-wide facts drawn from hand-offs, for the exploitation panel's agenda and its review of actions.
 * Callers are partnership functions (the panel); they enforce their own role rules before calling.
 */
@Component
public class HandoffSignals {

    /** A child or suspect the hand-offs say needs attention, with why. */
    public record SubjectConcern(UUID subjectId, String reason) {
    }

    /** Counts over a period. */
    public record Counts(long sent, long red, long declined, long overdueAtEnd) {
    }

    /** An action's current state, for the next meeting's progress review. */
    public record Progress(UUID handoffId, String toAgency, String owner, HandoffState state, Instant completionDueAt,
            Instant closedAt, String outcome) {
    }

    private final JdbcClient jdbc;

    HandoffSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Subjects with a red hand-off since {@code since}, an overdue hand-off now, or a decline with no next step. */
    public List<SubjectConcern> subjectsOfConcern(Instant since, Instant now) {
        return jdbc.sql("""
                        select subject_id, reason from (
                            select subject_id, 'red hand-off sent since the last meeting' as reason, 1 as o
                            from handoff where subject_id is not null and urgency = 'RED' and sent_at >= :since
                            union
                            select subject_id, 'hand-off overdue now', 2 from handoff
                            where subject_id is not null and due_at < :now
                            union
                            select subject_id, 'hand-off declined with no next step recorded', 3 from handoff
                            where subject_id is not null and state = 'DECLINED' and next_step is null
                        ) x order by o, subject_id""")
                .param("since", at(since)).param("now", at(now))
                .query((rs, n) -> new SubjectConcern(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    public Counts between(Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) filter (where sent_at >= :from and sent_at < :to),
                               count(*) filter (where sent_at >= :from and sent_at < :to and urgency = 'RED'),
                               count(*) filter (where state = 'DECLINED' and closed_at >= :from and closed_at < :to),
                               count(*) filter (where sent_at < :to and completion_due_at < :to
                                                and (closed_at is null or closed_at > :to) and state <> 'DECLINED')
                        from handoff where sent_at < :to and (closed_at is null or closed_at >= :from)""")
                .param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    public List<Progress> progress(Collection<UUID> handoffIds) {
        if (handoffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.id, a.name, o.display_name, h.state, h.completion_due_at, h.closed_at, h.closing_note
                        from handoff h join agency a on a.id = h.to_agency_id left join app_user o on o.id = h.owner_user_id
                        where h.id in (:ids)""")
                .param("ids", handoffIds)
                .query((rs, n) -> new Progress(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        HandoffState.valueOf(rs.getString(4)), instant(rs, "completion_due_at"),
                        instant(rs, "closed_at"), rs.getString(7)))
                .list();
    }
}
