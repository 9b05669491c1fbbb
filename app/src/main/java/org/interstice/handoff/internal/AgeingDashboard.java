package org.interstice.handoff.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.Sql.at;

/**
 * Open hand-offs by receiving agency with ageing bands (calendar days since sent) and breach counts. Aggregates
 * only, no case details, so managers and partnership leads see every agency.
 */
@Component
public class AgeingDashboard {

    /** One agency's row; bands count open hand-offs by age since sent. */
    public record Row(String agency, long open, long underOneDay, long oneToFiveDays, long sixToTwentyDays,
            long overTwentyDays, long overdue, long withPartnershipLead, long awaitingSenderNextStep) {
    }

    private final JdbcClient jdbc;

    AgeingDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> byReceivingAgency(Instant now) {
        return jdbc.sql("""
                        select a.name as agency,
                               count(h.id) filter (where h.due_at is not null) as open,
                               count(h.id) filter (where h.due_at is not null and h.sent_at > :now - interval '1 day') as d0,
                               count(h.id) filter (where h.due_at is not null and h.sent_at <= :now - interval '1 day'
                                                   and h.sent_at > :now - interval '6 days') as d1,
                               count(h.id) filter (where h.due_at is not null and h.sent_at <= :now - interval '6 days'
                                                   and h.sent_at > :now - interval '21 days') as d6,
                               count(h.id) filter (where h.due_at is not null and h.sent_at <= :now - interval '21 days') as d21,
                               count(h.id) filter (where h.due_at < :now) as overdue,
                               count(h.id) filter (where h.due_at is not null and h.escalation_step = 2) as lead,
                               count(h.id) filter (where h.state = 'DECLINED' and h.next_step is null) as next_step
                        from agency a
                        left join handoff h on h.to_agency_id = a.id
                             and (h.due_at is not null or (h.state = 'DECLINED' and h.next_step is null))
                        group by a.id, a.name
                        order by count(h.id) filter (where h.due_at < :now) desc, a.name""")
                .param("now", at(now))
                .query((rs, n) -> new Row(rs.getString("agency"), rs.getLong("open"), rs.getLong("d0"),
                        rs.getLong("d1"), rs.getLong("d6"), rs.getLong("d21"), rs.getLong("overdue"),
                        rs.getLong("lead"), rs.getLong("next_step")))
                .list();
    }
}
