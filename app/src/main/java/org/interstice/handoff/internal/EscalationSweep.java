package org.interstice.handoff.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.HandoffOverdue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates overdue hand-offs one step per run: first to the receiving team's manager, then to the partnership
 * lead. One set-based statement finds the due items through two partial indexes, moves them a step and records
 * each step, so the cost grows with the number escalating now, not with the number open.
 */
@Component
public class EscalationSweep {

    /** The sweep acts for nobody in particular; its audit line says so. */
    static final Viewer SWEEP = new Viewer(null, "system:escalation-sweep", "Escalation sweep", null, null, null, null, true);

    private static final String ESCALATE = """
            with bumped as (
                update handoff h set escalation_step = h.escalation_step + 1, version = h.version + 1
                where h.due_at is not null
                  and ((h.escalation_step = 0 and h.due_at < :now)
                    or (h.escalation_step = 1 and h.second_escalation_at < :now))
                returning h.id, h.escalation_step, h.to_agency_id, h.to_team_id, h.state
            ), lead as (
                select u.id from app_user u where u.role = 'PARTNERSHIP_LEAD' and u.active
                order by u.created_at, u.username limit 1
            ), recorded as (
                insert into handoff_escalation (handoff_id, step, escalated_at, escalated_to_user_id, missed)
                select b.id, b.escalation_step, :now,
                       case when b.escalation_step = 1 then m.id else (select id from lead) end,
                       case when b.state = 'SENT' then 'ACKNOWLEDGEMENT' else 'COMPLETION' end
                from bumped b
                left join lateral (
                    select u.id from app_user u
                    where u.agency_id = b.to_agency_id and u.role = 'TEAM_MANAGER' and u.active
                    order by (u.team_id is not distinct from b.to_team_id) desc, u.created_at, u.username
                    limit 1) m on b.escalation_step = 1
                returning handoff_id, step, escalated_to_user_id
            )
            select r.handoff_id, r.step, r.escalated_to_user_id, b.to_agency_id
            from recorded r join bumped b on b.id = r.handoff_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    EscalationSweep(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Audit audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${interstice.handoff.sweep-every:PT1M}",
            initialDelayString = "${interstice.handoff.sweep-first-after:PT1M}")
    void onSchedule() {
        sweep(clock.instant());
    }

    /** Escalates everything overdue at {@code now} by one step; returns what escalated. */
    public List<HandoffOverdue> sweep(Instant now) {
        return transactions.execute(status -> {
            // One sweep at a time, even with several application nodes.
            jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('handoff-escalation-sweep'))").query(Integer.class).single();
            List<HandoffOverdue> escalated = jdbc.sql(ESCALATE).param("now", Sql.at(now))
                    .query((rs, n) -> new HandoffOverdue(rs.getObject(1, UUID.class), rs.getInt(2),
                            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)))
                    .list();
            if (!escalated.isEmpty()) {
                audit.record(SWEEP, "handoff.escalate", "handoff", escalated.size() + " hand-offs", "escalated");
                escalated.forEach(events::publishEvent);
            }
            return escalated;
        });
    }
}
