package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Share of return home interviews offered in time (within 72 hours of the child's return, statutory guidance on
 * children who run away or go missing from home or care; the timescale is the signals module's setting, stamped on
 * each clock as its due time). Counted from the first missing episode the signals module holds.
 */
@Component
class ReturnInterviewsWithin72Hours extends SqlMeasure {

    ReturnInterviewsWithin72Hours(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "RETURN_INTERVIEW_IN_TIME";
    }

    @Override
    public String title() {
        return "Return home interviews offered within 72 hours";
    }

    @Override
    public String definition() {
        return "Of the return home interviews that fell due in the period (a missing child's return plus the offer "
                + "timescale, 72 hours by default), the share offered by the time they were due. An interview not yet "
                + "due and not yet offered is not counted.";
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
        return 70;
    }

    @Override
    protected String sql() {
        return """
                select cast(date_trunc(:grain, cast(h.due_at at time zone :zone as date)) as date) as period_start,
                       count(*) as n,
                       100.0 * count(*) filter (where h.offered_at is not null and h.offered_at <= h.due_at) / count(*) as value
                  from return_home_interview h
                 where cast(h.due_at at time zone :zone as date) >= :from
                   and cast(h.due_at at time zone :zone as date) < :to
                   and (h.due_at <= :now or (h.offered_at is not null and h.offered_at <= h.due_at))
                 group by 1
                """;
    }
}
