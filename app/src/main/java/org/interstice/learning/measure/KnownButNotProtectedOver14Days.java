package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Share of open "known but not protected" alarms that had been open longer than 14 days, at each period's end. */
@Component
class KnownButNotProtectedOver14Days extends SqlMeasure {

    KnownButNotProtectedOver14Days(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "KNOWN_NOT_PROTECTED_OVER_14_DAYS";
    }

    @Override
    public String title() {
        return "\"Known but not protected\" alarms open longer than 14 days";
    }

    @Override
    public String definition() {
        return "Of the \"known but not protected\" alarms open at the end of the period, the share that had been open "
                + "for more than 14 days.";
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public Improvement improvement() {
        return Improvement.DOWN;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    protected String sql() {
        return """
                with period as (
                    select cast(p as date) as period_start,
                           cast(p + cast('1 ' || :grain as interval) as timestamp) at time zone :zone as period_end
                      from generate_series(cast(:from as timestamp), cast(:to as timestamp) - interval '1 day',
                                           cast('1 ' || :grain as interval)) p)
                select p.period_start,
                       count(a.id) as n,
                       case when count(a.id) = 0 then null
                            else 100.0 * count(a.id) filter (where a.raised_at < p.period_end - interval '14 days') / count(a.id)
                       end as value
                  from period p
                  left join protection_alarm a
                    on a.raised_at < p.period_end and (a.ended_at is null or a.ended_at >= p.period_end)
                 group by p.period_start
                """;
    }
}
