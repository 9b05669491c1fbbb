package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Share of hand-offs acknowledged by their acknowledgement deadline. */
@Component
class HandoffsAcknowledgedInTime extends SqlMeasure {

    HandoffsAcknowledgedInTime(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "HANDOFF_ACKNOWLEDGED_IN_TIME";
    }

    @Override
    public String title() {
        return "Hand-offs acknowledged in time";
    }

    @Override
    public String definition() {
        return "Of the hand-offs whose acknowledgement was due in the period, the share the receiving agency acknowledged "
                + "by the deadline. A hand-off withdrawn before its deadline is not counted.";
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public Improvement improvement() {
        return Improvement.UP;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    protected String sql() {
        return """
                select cast(date_trunc(:grain, cast(h.acknowledgement_due_at at time zone :zone as date)) as date) as period_start,
                       count(*) as n,
                       100.0 * count(*) filter (where h.acknowledged_at is not null
                               and h.acknowledged_at <= h.acknowledgement_due_at) / count(*) as value
                  from handoff h
                 where cast(h.acknowledgement_due_at at time zone :zone as date) >= :from
                   and cast(h.acknowledgement_due_at at time zone :zone as date) < :to
                   and not (h.state = 'WITHDRAWN' and h.acknowledged_at is null and h.closed_at <= h.acknowledgement_due_at)
                 group by 1
                """;
    }
}
