package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Share of named suspects with a pursuit or disruption action within 28 days of being named. */
@Component
class SuspectsPursuedWithin28Days extends SqlMeasure {

    SuspectsPursuedWithin28Days(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "SUSPECT_PURSUED_WITHIN_28_DAYS";
    }

    @Override
    public String title() {
        return "Named suspects pursued or disrupted within 28 days";
    }

    @Override
    public String definition() {
        return "Of the named suspects whose first 28 days ended in the period, the share with a pursuit action (a stage "
                + "from investigation on) or a disruption action within those 28 days.";
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
        return 30;
    }

    @Override
    protected String sql() {
        return """
                select cast(date_trunc(:grain, s.named_on + 28) as date) as period_start,
                       count(*) as n,
                       100.0 * count(*) filter (where
                           exists (select 1 from disruption_action d
                                    where d.suspect_id = s.id and d.taken_on <= s.named_on + 28)
                           or exists (select 1 from suspect_stage_history h
                                       where h.suspect_id = s.id and h.entered_on <= s.named_on + 28
                                         and h.stage in ('INVESTIGATION', 'ARREST_OR_INTERVIEW', 'FILE_TO_CPS', 'CHARGED',
                                                         'PROSECUTION', 'OUTCOME'))) / count(*) as value
                  from suspect s
                 where s.named_on + 28 >= :from and s.named_on + 28 < :to
                 group by 1
                """;
    }
}
