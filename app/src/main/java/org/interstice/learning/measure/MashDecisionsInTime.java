package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Share of MASH decisions made by their deadline (1 working day from the contact by default). */
@Component
class MashDecisionsInTime extends SqlMeasure {

    MashDecisionsInTime(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "MASH_DECISION_IN_TIME";
    }

    @Override
    public String title() {
        return "MASH decisions within 1 working day";
    }

    @Override
    public String definition() {
        return "Of the contacts whose decision was due in the period (1 working day after the contact arrived, or the "
                + "partnership's configured timescale), the share decided on or before the day it was due.";
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
        return 10;
    }

    @Override
    protected String sql() {
        return """
                select cast(date_trunc(:grain, c.decision_due_on) as date) as period_start,
                       count(*) as n,
                       100.0 * count(*) filter (where c.decided_at is not null
                               and cast(c.decided_at at time zone :zone as date) <= c.decision_due_on) / count(*) as value
                  from protection_contact c
                 where c.decision_due_on >= :from and c.decision_due_on < :to
                 group by 1
                """;
    }
}
