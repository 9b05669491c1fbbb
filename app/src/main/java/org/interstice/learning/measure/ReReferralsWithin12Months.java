package org.interstice.learning.measure;

import org.interstice.learning.Improvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Share of referrals about a child referred before within the previous 12 months (the CIN census definition). */
@Component
class ReReferralsWithin12Months extends SqlMeasure {

    ReReferralsWithin12Months(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }

    @Override
    public String code() {
        return "RE_REFERRAL_WITHIN_12_MONTHS";
    }

    @Override
    public String title() {
        return "Re-referrals within 12 months";
    }

    @Override
    public String definition() {
        return "Of the referrals received in the period (contacts that led to an assessment or a strategy discussion), "
                + "the share about a child who had another referral in the 12 months before.";
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
        return 50;
    }

    @Override
    protected String sql() {
        return """
                select cast(date_trunc(:grain, cast(r.received_at at time zone :zone as date)) as date) as period_start,
                       count(*) as n,
                       100.0 * count(*) filter (where exists (
                           select 1 from protection_contact e
                            where e.subject_id = r.subject_id and e.id <> r.id
                              and e.outcome in ('ASSESSMENT', 'STRATEGY_DISCUSSION')
                              and e.received_at < r.received_at
                              and e.received_at >= r.received_at - interval '12 months')) / count(*) as value
                  from protection_contact r
                 where r.outcome in ('ASSESSMENT', 'STRATEGY_DISCUSSION')
                   and cast(r.received_at at time zone :zone as date) >= :from
                   and cast(r.received_at at time zone :zone as date) < :to
                 group by 1
                """;
    }
}
