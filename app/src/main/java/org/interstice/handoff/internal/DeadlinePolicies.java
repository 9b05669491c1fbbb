package org.interstice.handoff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local deadline policy per urgency, from {@code handoff_deadline_policy}: read when a hand-off is sent (its
 * deadlines are then stored, so a later change of policy does not move them), changed by a partnership lead.
 */
@Component
public class DeadlinePolicies {

    private static final String SELECT = """
            select urgency, acknowledge_amount, acknowledge_unit, complete_amount, complete_unit,
                   escalate_again_amount, escalate_again_unit, version
            from handoff_deadline_policy""";

    /** A policy with the version a change must quote. */
    public record Versioned(DeadlinePolicy policy, long version) {
    }

    private static final int MOST = 1000;

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    DeadlinePolicies(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Versioned> allVersioned() {
        return jdbc.sql(SELECT
                        + " order by array_position(array['RED','AMBER','GREEN'], urgency)")
                .query((rs, n) -> new Versioned(map(rs, n), rs.getLong("version"))).list();
    }

    /** Changes the timescales for one urgency; hand-offs already sent keep their deadlines. */
    @Transactional
    public Verdict change(DeadlinePolicy policy, long version, Viewer viewer) {
        for (Period p : List.of(policy.acknowledgeWithin(), policy.completeWithin(), policy.escalateAgainAfter())) {
            if (p.amount() < 1 || p.amount() > MOST) {
                return Verdict.refused("Each period must be between 1 and " + MOST);
            }
        }
        int updated = jdbc.sql("""
                        update handoff_deadline_policy set acknowledge_amount = ?, acknowledge_unit = ?,
                            complete_amount = ?, complete_unit = ?, escalate_again_amount = ?, escalate_again_unit = ?,
                            version = version + 1, updated_at = ?, updated_by = ?
                        where urgency = ? and version = ?""")
                .params(policy.acknowledgeWithin().amount(), policy.acknowledgeWithin().unit().name(),
                        policy.completeWithin().amount(), policy.completeWithin().unit().name(),
                        policy.escalateAgainAfter().amount(), policy.escalateAgainAfter().unit().name(),
                        Sql.at(clock.instant()), viewer.userId(), policy.urgency().name(), version)
                .update();
        if (updated != 1) {
            return Verdict.refused("Someone else changed these timescales while you were editing them. Check them and try again.");
        }
        audit.change(viewer, "handoff.timescales", "handoff_deadline_policy", policy.urgency().name());
        return Verdict.ok();
    }

    public DeadlinePolicy forUrgency(Urgency urgency) {
        return jdbc.sql(SELECT + " where urgency = ?").param(urgency.name()).query(DeadlinePolicies::map).single();
    }

    public List<DeadlinePolicy> all() {
        return jdbc.sql(SELECT + " order by array_position(array['RED','AMBER','GREEN'], urgency)")
                .query(DeadlinePolicies::map).list();
    }

    private static DeadlinePolicy map(ResultSet rs, int n) throws SQLException {
        return new DeadlinePolicy(Urgency.valueOf(rs.getString("urgency")),
                new Period(rs.getInt("acknowledge_amount"), TimeUnit.valueOf(rs.getString("acknowledge_unit"))),
                new Period(rs.getInt("complete_amount"), TimeUnit.valueOf(rs.getString("complete_unit"))),
                new Period(rs.getInt("escalate_again_amount"), TimeUnit.valueOf(rs.getString("escalate_again_unit"))));
    }
}
