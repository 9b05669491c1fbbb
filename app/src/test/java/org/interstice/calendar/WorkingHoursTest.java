package org.interstice.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDays workingDays = new WorkingDays(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), LONDON), new BankHolidays());
    private final WorkingHours hours = new WorkingHours(workingDays, "09:00", "17:00");

    private static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
    }

    @Test
    void hours_within_one_working_day_simply_add() {
        assertThat(hours.addWorkingHours(london(2026, 11, 26, 10, 15), 4)).isEqualTo(london(2026, 11, 26, 14, 15));
    }

    @Test
    void a_deadline_at_exactly_closing_time_stays_on_that_day() {
        assertThat(hours.addWorkingHours(london(2026, 11, 26, 13, 0), 4)).isEqualTo(london(2026, 11, 26, 17, 0));
    }

    @Test
    void hours_left_over_on_a_friday_afternoon_carry_to_monday_morning() {
        assertThat(hours.addWorkingHours(london(2026, 11, 27, 16, 0), 2)).isEqualTo(london(2026, 11, 30, 10, 0));
    }

    @Test
    void a_request_made_at_the_weekend_starts_counting_at_nine_on_the_next_working_day() {
        assertThat(hours.addWorkingHours(london(2026, 11, 28, 11, 0), 4)).isEqualTo(london(2026, 11, 30, 13, 0));
    }

    @Test
    void a_request_made_before_opening_starts_counting_at_opening() {
        assertThat(hours.addWorkingHours(london(2026, 11, 26, 7, 30), 1)).isEqualTo(london(2026, 11, 26, 10, 0));
    }

    @Test
    void christmas_2026_bank_holidays_are_skipped() {
        // Thursday 24 December 15:00: 2 hours that day, then Friday 25 and Monday 28 are bank holidays.
        assertThat(hours.addWorkingHours(london(2026, 12, 24, 15, 0), 10)).isEqualTo(london(2026, 12, 29, 17, 0));
    }

    @Test
    void working_hours_are_London_time_and_the_answer_keeps_the_caller_s_zone() {
        // 08:30 UTC in summer is 09:30 BST.
        ZonedDateTime start = ZonedDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC);
        assertThat(hours.addWorkingHours(start, 7)).isEqualTo(ZonedDateTime.of(2026, 7, 1, 15, 30, 0, 0, ZoneOffset.UTC));
        assertThat(hours.addWorkingHours(start, 8)).isEqualTo(ZonedDateTime.of(2026, 7, 2, 8, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void the_working_day_is_configurable() {
        WorkingHours longDay = new WorkingHours(workingDays, LocalTime.of(8, 0), LocalTime.of(18, 0));
        assertThat(longDay.addWorkingHours(london(2026, 11, 26, 8, 0), 10)).isEqualTo(london(2026, 11, 26, 18, 0));
        assertThatThrownBy(() -> new WorkingHours(workingDays, "17:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zero_hours_changes_nothing_and_negative_hours_are_refused() {
        assertThat(hours.addWorkingHours(london(2026, 11, 28, 11, 0), 0)).isEqualTo(london(2026, 11, 28, 11, 0));
        assertThatThrownBy(() -> hours.addWorkingHours(london(2026, 11, 26, 11, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
