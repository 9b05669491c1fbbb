package org.interstice.learning.measure;

import org.interstice.calendar.WorkingDays;
import org.interstice.learning.Grain;
import org.interstice.learning.Improvement;
import org.interstice.learning.Measure;
import org.interstice.learning.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Median working days from a child's risk reaching the top level to an active plan. The query finds each plan and
 * the first top-level screening since the child's previous plan ended; working days come from the calendar module
 * (England and Wales bank holidays), which the database does not hold, so the median is taken here.
 */
@Component
class TopRiskToActivePlan implements Measure {

    private static final String SQL = """
            select p.started_on as plan_on, min(e.screened_on) as risk_on
              from protection_plan p
              join exploitation_screening e
                on e.subject_id = p.subject_id and e.level_rank = e.level_count and e.screened_on <= p.started_on
             where p.started_on >= :from and p.started_on < :to
               and e.screened_on > coalesce((select max(q.ended_on) from protection_plan q
                                              where q.subject_id = p.subject_id and q.id <> p.id
                                                and q.ended_on <= p.started_on), date '-infinity')
               and not exists (select 1 from protection_plan q
                                where q.subject_id = p.subject_id and q.id <> p.id and q.started_on < p.started_on
                                  and (q.ended_on is null or q.ended_on > p.started_on))
             group by p.id, p.started_on
            """;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    TopRiskToActivePlan(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public String code() {
        return "TOP_RISK_TO_ACTIVE_PLAN";
    }

    @Override
    public String title() {
        return "Working days from top-level risk to an active plan";
    }

    @Override
    public String definition() {
        return "For the plans started in the period, the median number of working days since the child's exploitation "
                + "risk was first assessed at the top level (since any earlier plan ended).";
    }

    @Override
    public String unit() {
        return "working days";
    }

    @Override
    public Improvement improvement() {
        return Improvement.DOWN;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Tally> tally(Grain grain, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Integer>> days = new TreeMap<>();
        jdbc.sql(SQL).param("from", from).param("to", to).query((rs, i) -> {
            LocalDate plan = rs.getObject("plan_on", LocalDate.class);
            LocalDate risk = rs.getObject("risk_on", LocalDate.class);
            days.computeIfAbsent(grain.startOf(plan), k -> new ArrayList<>()).add(workingDays.workingDaysBetween(risk, plan));
            return plan;
        }).list();
        List<Tally> tallies = new ArrayList<>();
        days.forEach((start, values) -> tallies.add(new Tally(start, median(values), values.size())));
        return tallies;
    }

    /** The middle value, or the mean of the two middle values when there is an even number. */
    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
