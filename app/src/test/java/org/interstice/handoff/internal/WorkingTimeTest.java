package org.interstice.handoff.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interstice.handoff.internal.EnglandCalendar.LONDON;

class WorkingTimeTest {

    private final WorkingTime time = EnglandCalendar.workingTime();

    private static Instant london(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    @Test
    void one_working_day_from_christmas_eve_ends_after_both_bank_holidays() {
        // Thu 24 Dec; Fri 25 and Mon 28 (Boxing Day substitute) are bank holidays
        assertThat(time.plus(london(12, 24, 15, 0), new Period(1, TimeUnit.WORKING_DAYS)))
                .isEqualTo(london(12, 29, 17, 0));
    }

    @Test
    void working_hours_stop_at_closing_time_and_skip_the_easter_weekend() {
        // Thu 2 Apr 16:00 + 2 working hours: 1 hour on Thursday, Good Friday to Easter Monday closed, 1 hour on Tuesday
        assertThat(time.plus(london(4, 2, 16, 0), new Period(2, TimeUnit.WORKING_HOURS)))
                .isEqualTo(london(4, 7, 10, 0));
    }

    @Test
    void working_hours_sent_before_opening_start_at_opening() {
        assertThat(time.plus(london(6, 10, 7, 30), new Period(6, TimeUnit.WORKING_HOURS)))
                .isEqualTo(london(6, 10, 15, 0));
    }

    @Test
    void a_deadline_ending_exactly_at_closing_time_stays_on_that_day() {
        assertThat(time.plus(london(6, 10, 9, 0), new Period(8, TimeUnit.WORKING_HOURS)))
                .isEqualTo(london(6, 10, 17, 0));
    }

    @Test
    void clock_hours_run_through_the_night_and_bank_holidays() {
        assertThat(time.plus(london(12, 24, 23, 0), new Period(2, TimeUnit.HOURS)))
                .isEqualTo(london(12, 25, 1, 0));
    }

    @Test
    void working_days_sent_on_a_saturday_count_from_monday() {
        assertThat(time.plus(london(5, 2, 11, 0), new Period(1, TimeUnit.WORKING_DAYS)))
                .as("Mon 4 May is the early May bank holiday")
                .isEqualTo(london(5, 5, 17, 0));
    }

    @Property(seed = "20261128")
    void working_hour_deadlines_fall_inside_opening_hours_on_a_working_day(
            @ForAll @LongRange(min = 0, max = 300 * 24 * 60) long minutesIntoYear,
            @ForAll @IntRange(min = 1, max = 40) int hours) {
        Instant start = london(1, 2, 0, 0).plusSeconds(minutesIntoYear * 60);
        ZonedDateTime due = time.plus(start, new Period(hours, TimeUnit.WORKING_HOURS)).atZone(LONDON);
        assertThat(EnglandCalendar.WORKING_DAYS.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(due.toLocalTime()).isBetween(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
        assertThat(due.toInstant()).isAfter(start);
    }

    @Property(seed = "20261128")
    void more_working_hours_never_end_earlier(
            @ForAll @LongRange(min = 0, max = 300 * 24 * 60) long minutesIntoYear,
            @ForAll @IntRange(min = 1, max = 40) int hours) {
        Instant start = london(1, 2, 0, 0).plusSeconds(minutesIntoYear * 60);
        assertThat(time.plus(start, new Period(hours + 1, TimeUnit.WORKING_HOURS)))
                .isAfter(time.plus(start, new Period(hours, TimeUnit.WORKING_HOURS)));
    }
}
