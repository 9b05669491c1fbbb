package org.interstice.protection.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Computes each clock's due date once, when its triggering event happens. Working-day clocks use the calendar;
 * month-based review clocks fall on the same day of the month and move back to the last working day on or before
 * it, because a conference due "within 3 months" cannot wait for a weekend or bank holiday to pass.
 */
public final class Deadlines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WorkingDayCalendar calendar;
    private final Timescales timescales;

    public Deadlines(WorkingDayCalendar calendar, Timescales timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    /** The referral decision, within 1 working day of receiving the referral. */
    public Deadline referralDecision(LocalDate received) {
        return workingDays(ClockKind.REFERRAL_DECISION, received, timescales.referralDecisionWorkingDays(),
                "of receiving the referral");
    }

    /** The child and family assessment, at most 45 working days from the point of referral. */
    public Deadline assessment(LocalDate referral) {
        return workingDays(ClockKind.ASSESSMENT, referral, timescales.assessmentWorkingDays(), "from referral");
    }

    /** The strategy discussion, to the local timescale from the decision that one is needed. */
    public Deadline strategyDiscussion(LocalDate decided) {
        return workingDays(ClockKind.STRATEGY_DISCUSSION, decided, timescales.strategyDiscussionWorkingDays(),
                "of the decision to hold one (local timescale)");
    }

    /** The initial conference, within 15 working days of the last strategy discussion. */
    public Deadline icpc(LocalDate lastStrategyDiscussion) {
        return workingDays(ClockKind.ICPC, lastStrategyDiscussion, timescales.icpcWorkingDays(),
                "of the last strategy discussion");
    }

    /** The first core group meeting, within 10 working days of the initial conference (a setting: ADR 0043). */
    public Deadline coreGroup(LocalDate icpc) {
        return workingDays(ClockKind.CORE_GROUP, icpc, timescales.coreGroupWorkingDays(), "of the initial conference");
    }

    /** The first review conference, within 3 months of the initial conference. */
    public Deadline firstReview(LocalDate icpc) {
        return months(ClockKind.FIRST_REVIEW, icpc, timescales.firstReviewMonths(), "of the initial conference");
    }

    /** Each later review conference, within the configured months of the previous review. */
    public Deadline laterReview(LocalDate previousReview) {
        return months(ClockKind.LATER_REVIEW, previousReview, timescales.laterReviewMonths(),
                "of the previous review conference");
    }

    /** The next visit, to the local timescale from the last time the child was seen. */
    public Deadline visit(LocalDate lastSeen) {
        return workingDays(ClockKind.VISIT, lastSeen, timescales.visitWorkingDays(),
                "of the child last being seen (local timescale)");
    }

    private Deadline workingDays(ClockKind kind, LocalDate start, int days, String what) {
        LocalDate due = calendar.addWorkingDays(start, days);
        String basis = "Within " + days + " working day" + (days == 1 ? "" : "s") + " " + what
                + " on " + DAY.format(start);
        return new Deadline(kind, start, due, basis);
    }

    private Deadline months(ClockKind kind, LocalDate start, int months, String what) {
        LocalDate due = start.plusMonths(months);
        while (!calendar.isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        String basis = "Within " + months + " month" + (months == 1 ? "" : "s") + " " + what + " on " + DAY.format(start);
        return new Deadline(kind, start, due, basis);
    }
}
