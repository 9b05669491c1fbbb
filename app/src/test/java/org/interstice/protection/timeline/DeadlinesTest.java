package org.interstice.protection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.interstice.calendar.BankHolidays;
import org.interstice.calendar.WorkingDays;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlinesTest {

    /** The application's own England and Wales calendar (bank holidays computed and proclaimed). */
    private static final WorkingDayCalendar ENGLAND = new CalendarWorkingDays(
            new WorkingDays(Clock.system(ZoneId.of("Europe/London")), new BankHolidays()));

    private final Deadlines deadlines = new Deadlines(ENGLAND, Timescales.defaults());

    @Test
    void a_referral_received_on_christmas_eve_2026_is_decided_after_christmas_and_the_substitute_boxing_day() {
        Deadline due = deadlines.referralDecision(LocalDate.of(2026, 12, 24));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(due.kind()).isEqualTo(ClockKind.REFERRAL_DECISION);
        assertThat(due.basis()).isEqualTo("Within 1 working day of receiving the referral on 24 December 2026");
    }

    @Test
    void a_referral_received_on_a_saturday_is_decided_by_monday() {
        assertThat(deadlines.referralDecision(LocalDate.of(2026, 11, 28)).dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_referral_received_before_easter_is_decided_after_good_friday_and_easter_monday() {
        assertThat(deadlines.referralDecision(LocalDate.of(2026, 4, 2)).dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void an_assessment_from_a_december_referral_runs_45_working_days_across_the_year_end() {
        // December 2026 leaves 20 working days after the 1st (25th and 28th are holidays); 1 January 2027 is one too.
        assertThat(deadlines.assessment(LocalDate.of(2026, 12, 1)).dueOn()).isEqualTo(LocalDate.of(2027, 2, 5));
    }

    @Test
    void the_initial_conference_is_due_15_working_days_after_a_strategy_discussion_before_christmas() {
        Deadline due = deadlines.icpc(LocalDate.of(2026, 12, 18));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(due.startedOn()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void a_first_review_falling_on_christmas_day_is_due_the_working_day_before() {
        assertThat(deadlines.firstReview(LocalDate.of(2026, 9, 25)).dueOn()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void a_later_review_falling_on_the_2027_substitute_holidays_moves_back_past_the_weekend() {
        assertThat(deadlines.laterReview(LocalDate.of(2027, 6, 28)).dueOn()).isEqualTo(LocalDate.of(2027, 12, 24));
    }

    @Test
    void later_reviews_use_the_configured_interval() {
        Deadlines quarterly = new Deadlines(ENGLAND, new Timescales(1, 45, 1, 15, 3, 3, 10, 10));
        assertThat(quarterly.laterReview(LocalDate.of(2026, 1, 14)).dueOn()).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void a_strategy_discussion_uses_the_local_timescale() {
        Deadlines lewisham = new Deadlines(ENGLAND, new Timescales(1, 45, 5, 15, 3, 6, 10, 10));
        Deadline due = lewisham.strategyDiscussion(LocalDate.of(2025, 12, 22));
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(due.basis()).contains("5 working days").contains("local timescale");
    }

    @Test
    void a_visit_is_due_10_working_days_after_the_child_was_last_seen() {
        assertThat(deadlines.visit(LocalDate.of(2025, 8, 18)).dueOn()).isEqualTo(LocalDate.of(2025, 9, 2));
    }
}
