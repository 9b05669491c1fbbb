package org.interstice.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDays workingDays = new WorkingDays(
            Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), LONDON), new BankHolidays());

    @Test
    void today_comes_from_the_clock_in_London_time() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July.
        assertThat(workingDays.today()).isEqualTo(of(2026, 7, 1));
    }

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertThat(workingDays.isWorkingDay(of(2026, 11, 27))).isTrue();
        assertThat(workingDays.isWorkingDay(of(2026, 11, 28))).isFalse();
        assertThat(workingDays.isWorkingDay(of(2026, 11, 29))).isFalse();
        assertThat(workingDays.isWorkingDay(of(2026, 12, 28))).isFalse();
    }

    @Test
    void a_45_working_day_assessment_from_1_December_2026_is_due_on_5_February_2027() {
        assertThat(workingDays.addWorkingDays(of(2026, 12, 1), 45)).isEqualTo(of(2027, 2, 5));
    }

    @Test
    void fifteen_working_days_across_Christmas_2027_skip_both_substitute_days_and_the_2028_New_Year_substitute() {
        assertThat(workingDays.addWorkingDays(of(2027, 12, 20), 15)).isEqualTo(of(2028, 1, 13));
        assertThat(workingDays.workingDaysBetween(of(2027, 12, 20), of(2028, 1, 13))).isEqualTo(15);
    }

    @Test
    void a_referral_received_on_a_saturday_is_due_within_one_working_day_on_the_monday() {
        assertThat(workingDays.addWorkingDays(of(2026, 11, 28), 1)).isEqualTo(of(2026, 11, 30));
    }

    @Test
    void one_working_day_after_the_thursday_before_Easter_is_the_tuesday_after() {
        assertThat(workingDays.addWorkingDays(of(2027, 3, 25), 1)).isEqualTo(of(2027, 3, 30));
    }

    @Test
    void adding_zero_working_days_returns_the_start_date_even_at_a_weekend() {
        assertThat(workingDays.addWorkingDays(of(2026, 11, 28), 0)).isEqualTo(of(2026, 11, 28));
        assertThat(workingDays.workingDayOnOrAfter(of(2026, 11, 28))).isEqualTo(of(2026, 11, 30));
    }

    @Test
    void negative_working_days_count_backwards_excluding_the_start() {
        assertThat(workingDays.addWorkingDays(of(2026, 11, 30), -1)).isEqualTo(of(2026, 11, 27));
        assertThat(workingDays.addWorkingDays(of(2026, 11, 28), -1)).isEqualTo(of(2026, 11, 27));
        assertThat(workingDays.addWorkingDays(of(2027, 1, 4), -3)).isEqualTo(of(2026, 12, 29));
    }

    @Test
    void working_days_between_excludes_the_start_and_includes_the_end() {
        assertThat(workingDays.workingDaysBetween(of(2026, 11, 23), of(2026, 11, 27))).isEqualTo(4);
        assertThat(workingDays.workingDaysBetween(of(2026, 11, 27), of(2026, 11, 23))).isEqualTo(-4);
        assertThat(workingDays.workingDaysBetween(of(2026, 11, 27), of(2026, 11, 27))).isZero();
        assertThat(workingDays.workingDaysBetween(of(2026, 11, 27), of(2026, 11, 29))).isZero();
    }

    @Test
    void there_are_253_working_days_in_2026() {
        // 261 weekdays (2026 starts and ends on a Thursday) less 8 bank holidays, all on weekdays.
        assertThat(workingDays.workingDaysBetween(of(2025, 12, 31), of(2026, 12, 31))).isEqualTo(253);
    }

    @Test
    void arithmetic_that_leaves_2010_to_2035_is_refused() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(of(2035, 12, 20), 15)).isInstanceOf(YearOutsideCalendar.class);
        assertThatThrownBy(() -> workingDays.isWorkingDay(of(2009, 6, 1))).isInstanceOf(YearOutsideCalendar.class);
        assertThatThrownBy(() -> workingDays.workingDaysBetween(of(2026, 1, 1), of(2040, 1, 1)))
                .isInstanceOf(YearOutsideCalendar.class);
        assertThatThrownBy(() -> workingDays.addWorkingDays(of(2026, 1, 1), Integer.MIN_VALUE))
                .isInstanceOf(YearOutsideCalendar.class);
    }
}
