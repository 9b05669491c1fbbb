package org.interstice.learning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GrainTest {

    @Test
    void aMonthIsLabelledYearDashMonth() {
        assertThat(Grain.MONTH.label(Grain.MONTH.startOf(LocalDate.of(2026, 11, 30)))).isEqualTo("2026-11");
        assertThat(Grain.MONTH.startOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aWeekRunsMondayToSundayAndIsLabelledWithItsIsoWeekBasedYear() {
        assertThat(Grain.WEEK.startOf(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Grain.WEEK.label(LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
        // Monday 29 December 2025 starts week 1 of 2026 (it holds Thursday 1 January 2026)
        assertThat(Grain.WEEK.label(Grain.WEEK.startOf(LocalDate.of(2025, 12, 31)))).isEqualTo("2026-W01");
        // Friday 1 January 2027 is in the last week of 2026, week 53
        assertThat(Grain.WEEK.label(Grain.WEEK.startOf(LocalDate.of(2027, 1, 1)))).isEqualTo("2026-W53");
    }

    @Test
    void periodsStepAndCountBackByTheirLength() {
        assertThat(Grain.MONTH.next(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Grain.WEEK.minus(LocalDate.of(2026, 11, 23), 52)).isEqualTo(LocalDate.of(2025, 11, 24));
    }
}
