package org.interstice.handoff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.interstice.handoff.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The local deadline policy per urgency, from {@code handoff_deadline_policy}. */
@Component
public class DeadlinePolicies {

    private static final String SELECT = """
            select urgency, acknowledge_amount, acknowledge_unit, complete_amount, complete_unit,
                   escalate_again_amount, escalate_again_unit
            from handoff_deadline_policy""";

    private final JdbcClient jdbc;

    DeadlinePolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
