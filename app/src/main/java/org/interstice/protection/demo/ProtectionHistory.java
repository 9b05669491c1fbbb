package org.interstice.protection.demo;

import org.interstice.calendar.WorkingDays;
import org.interstice.demo.DemoStep;
import org.interstice.demo.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Step 450: two years of Northbridge's past contacts, referrals, exploitation screenings, plans and "known but not
 * protected" alarms, about synthetic children whose cases are closed (their latest screening is the lowest level and
 * every alarm has ended), so none of them raises an alarm today. The monthly targets below give the learning
 * module's charts real variation with each kind of special cause: a one-month dip in MASH timeliness then a
 * sustained improvement, a fall in the time from top-level risk to a plan, a rise in re-referrals, and a run of
 * months in which alarms were left open longer.
 */
@Component
class ProtectionHistory implements DemoStep {

    /** Per cent of MASH decisions made in time, per month of the window (oldest first). */
    static final double[] MASH_IN_TIME = {81, 78, 83, 80, 79, 84, 77, 82, 48, 80, 83, 79, 81, 85, 92, 90, 93, 91, 94, 89,
            92, 93, 90, 92};
    /** Median working days from top-level risk to a plan, per month. */
    static final int[] RISK_TO_PLAN = {12, 11, 13, 12, 10, 13, 11, 12, 12, 16, 15, 14, 12, 11, 9, 8, 7, 7, 6, 8, 7, 6, 7, 6};
    /** Per cent of referrals that are re-referrals within 12 months, per month. */
    static final double[] RE_REFERRALS = {22, 20, 24, 21, 23, 19, 22, 21, 23, 20, 22, 24, 21, 23, 22, 29, 31, 28, 30, 32,
            29, 31, 30, 28};
    /** Per cent of the alarms open at each month's end that had been open longer than 14 days. */
    static final double[] ALARMS_OVER_14_DAYS = {30, 35, 28, 33, 30, 25, 32, 30, 28, 20, 30, 36, 45, 50, 58, 67, 40, 33,
            30, 35, 28, 32, 30, 33};
    /** Months of contacts before the window, so that the first months' re-referrals have a year behind them. */
    private static final int LOOKBACK = 12;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    private History history;
    private UUID agencyId;
    private final List<UUID> children = new ArrayList<>();
    private final Map<UUID, LocalDate> lastReferral = new HashMap<>();

    ProtectionHistory(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return History.ORDER;
    }

    @Override
    public void seed() {
        history = new History(15_200L, workingDays);
        agencyId = jdbc.sql("SELECT id FROM agency WHERE code = 'NBC-CSC'").query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM agency ORDER BY code LIMIT 1").query(UUID.class).single());
        for (int index = -LOOKBACK; index < History.MONTHS; index++) {
            contacts(index);
        }
        List<UUID> planned = new ArrayList<>(children);
        java.util.Collections.shuffle(planned, history.random());
        for (int index = 0; index < History.MONTHS; index++) {
            plans(index, planned);
            alarms(index);
        }
    }

    private UUID newChild() {
        UUID id = new UUID(history.random().nextLong(), history.random().nextLong());
        jdbc.sql("""
                INSERT INTO protection_child (subject_id, stated_name, stated_birth_date)
                VALUES (:id, :name, :birth)""")
                .param("id", id).param("name", history.name())
                .param("birth", history.today().minusYears(history.between(12, 16)).minusDays(history.between(0, 364)))
                .update();
        children.add(id);
        return id;
    }

    /** Half the time a child last referred more than 13 months ago (or never), otherwise a child new to the MASH. */
    private UUID notReferredInAYear(YearMonth month) {
        LocalDate before = month.atDay(1).minusMonths(13);
        if (history.random().nextBoolean()) {
            List<UUID> quiet = children.stream()
                    .filter(c -> lastReferral.get(c) == null || lastReferral.get(c).isBefore(before)).toList();
            if (!quiet.isEmpty()) {
                return quiet.get(history.random().nextInt(quiet.size()));
            }
        }
        return newChild();
    }

    private void contacts(int index) {
        YearMonth month = history.month(index);
        int n = history.between(38, 52);
        double inTime = index < 0 ? 80 + history.between(-3, 3) : MASH_IN_TIME[index];
        List<Boolean> onTime = history.shuffled(n, inTime);
        int referrals = (int) Math.round(n * 0.55);
        double rePercent = index < 0 ? 22 : RE_REFERRALS[index];
        List<Boolean> repeat = history.shuffled(referrals, rePercent);
        List<UUID> recent = lastReferral.entrySet().stream()
                .filter(e -> e.getValue().isAfter(month.atDay(1).minusMonths(11).minusDays(1)) && e.getValue().isBefore(month.atDay(1)))
                .map(Map.Entry::getKey).sorted().toList();
        for (int i = 0; i < n; i++) {
            LocalDate received = history.workingDayIn(month);
            Instant receivedAt = history.officeHours(received);
            LocalDate due = workingDays.addWorkingDays(received, 1);
            boolean referral = i < referrals;
            UUID child;
            if (referral && repeat.get(i) && !recent.isEmpty()) {
                child = recent.get(history.random().nextInt(recent.size()));
            } else if (referral) {
                child = notReferredInAYear(month);
            } else if (children.isEmpty()) {
                child = newChild();
            } else {
                child = children.get(history.random().nextInt(children.size()));
            }
            LocalDate decidedOn = onTime.get(i) ? due : workingDays.addWorkingDays(due, history.between(1, 4));
            Instant decidedAt = decidedOn.atTime(LocalTime.of(history.between(9, 16), 30)).atZone(workingDays.zone()).toInstant();
            if (decidedAt.isBefore(receivedAt)) {
                decidedAt = receivedAt.plus(Duration.ofHours(1));
            }
            String outcome = referral ? (history.random().nextInt(10) < 7 ? "ASSESSMENT" : "STRATEGY_DISCUSSION")
                    : (history.random().nextBoolean() ? "NFA" : "EARLY_HELP");
            jdbc.sql("""
                    INSERT INTO protection_contact (id, subject_id, referring_agency_id, referred_by, referral_source,
                            received_at, concern, rag, decision_due_on, outcome, outcome_reason, decided_at, decided_by)
                    VALUES (:id, :child, :agency, 'Northbridge history', :source, :received, :concern, NULL, :due,
                            :outcome, 'Recorded in the case history', :decided, 'Northbridge MASH')""")
                    .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                    .param("child", child).param("agency", agencyId)
                    .param("source", new String[]{"2A", "3E", "6", "8"}[history.random().nextInt(4)])
                    .param("received", Timestamp.from(receivedAt))
                    .param("concern", "Concern about exploitation (case history)")
                    .param("due", due).param("outcome", outcome).param("decided", Timestamp.from(decidedAt))
                    .update();
            if (referral) {
                lastReferral.put(child, received);
            }
        }
    }

    /**
     * Plans started in the month, each after a top-level screening: delays around the month's target with it as the
     * exact median (an odd number of plans, pairs either side).
     */
    private void plans(int index, List<UUID> planned) {
        YearMonth month = history.month(index);
        int target = RISK_TO_PLAN[index];
        int count = 9 + 2 * history.between(0, 2);
        List<Integer> delays = new ArrayList<>(List.of(target));
        while (delays.size() < count) {
            delays.add(Math.max(0, target - history.between(1, Math.min(4, target))));
            delays.add(target + history.between(1, 8));
        }
        for (int delay : delays) {
            if (planned.isEmpty()) {
                return;
            }
            UUID child = planned.remove(planned.size() - 1);
            LocalDate start = history.workingDayIn(month);
            if (!start.isBefore(history.today())) {
                continue;
            }
            LocalDate risk = workingDays.addWorkingDays(start, -delay);
            screening(child, risk, 4, "Category 4: significant", 17);
            LocalDate end = start.plusDays(history.between(90, 240));
            jdbc.sql("""
                    INSERT INTO protection_plan (id, subject_id, plan_type, initial_category, latest_category, started_on,
                                                 ended_on, end_reason, created_by)
                    VALUES (:id, :child, 'EXPLOITATION_SAFETY', NULL, NULL, :start, :end, :reason, 'Northbridge history')""")
                    .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                    .param("child", child).param("start", start)
                    .param("end", end.isBefore(history.today()) ? end : null)
                    .param("reason", end.isBefore(history.today()) ? "Risk reduced" : null)
                    .update();
            LocalDate lower = start.plusDays(60).isBefore(history.today()) ? start.plusDays(60) : start;
            screening(child, lower, 1, "Category 1: not at risk", 2);
            jdbc.sql("""
                    UPDATE protection_child SET risk_rank = 1, risk_level_count = 4, risk_label = 'Category 1: not at risk',
                           risk_assessed_on = :on WHERE subject_id = :child""")
                    .param("on", lower).param("child", child).update();
        }
    }

    private void screening(UUID child, LocalDate on, int rank, String label, int score) {
        jdbc.sql("""
                INSERT INTO exploitation_screening (id, subject_id, screened_on, recorded_at, screened_by, agency_id,
                        disclosure, score, vocabulary_code, level_rank, level_count, level_label, previous_rank,
                        rescreen_due_on, notes)
                VALUES (:id, :child, :on, :at, 'Northbridge history', :agency, false, :score, 'SERAF', :rank, 4, :label,
                        NULL, :rescreen, 'Case history')""")
                .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                .param("child", child).param("on", on).param("at", Timestamp.from(history.officeHours(on)))
                .param("agency", agencyId).param("score", score).param("rank", rank).param("label", label)
                .param("rescreen", on.plusDays(90))
                .update();
    }

    /**
     * Alarms open at the month's end: the target share raised more than 14 days before it, the rest within 14 days;
     * every one raised after the previous month's end and ended within 10 days after this one (never after now).
     */
    private void alarms(int index) {
        YearMonth month = history.month(index);
        Instant end = history.startOf(month.plusMonths(1).atDay(1));
        Instant now = history.startOf(history.today()).plus(Duration.ofMinutes(1));
        int open = history.between(8, 12);
        for (boolean old : history.shuffled(open, ALARMS_OVER_14_DAYS[index])) {
            Instant raised = old
                    ? end.minus(Duration.ofDays(history.between(15, 24))).minus(Duration.ofHours(history.between(1, 20)))
                    : end.minus(Duration.ofDays(history.between(1, 13))).plus(Duration.ofHours(history.between(1, 20)));
            Instant ended = end.plus(Duration.ofDays(history.between(1, 10)));
            if (ended.isAfter(now)) {
                ended = now.isBefore(end) ? end : now;
            }
            jdbc.sql("""
                    INSERT INTO protection_alarm (id, subject_id, raised_at, reasons, reason_codes, risk_rank, risk_from_top,
                            risk_label, owner_team_id, agencies_aware, evaluated_at, ended_at, ended_how)
                    VALUES (:id, :child, :raised, cast(:reasons as jsonb), ARRAY['RISK_AT_TOP_LEVELS', 'NO_ACTIVE_PLAN'],
                            4, 0, 'Category 4: significant', NULL, 2, :ended, :ended, 'CONDITION_CLEARED')""")
                    .param("id", new UUID(history.random().nextLong(), history.random().nextLong()))
                    .param("child", children.get(history.random().nextInt(children.size())))
                    .param("raised", Timestamp.from(raised))
                    .param("reasons", "[{\"code\":\"RISK_AT_TOP_LEVELS\",\"key\":\"RISK_AT_TOP_LEVELS\",\"text\":"
                            + "\"Current risk is \\\"Category 4: significant\\\", one of the top two levels\"},"
                            + "{\"code\":\"NO_ACTIVE_PLAN\",\"key\":\"NO_ACTIVE_PLAN\",\"text\":\"No active plan\"}]")
                    .param("ended", Timestamp.from(ended))
                    .update();
        }
    }
}
