package org.interstice.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The same laws as {@link WorkingDaysPropertyTest}, checked deterministically for every start date from 2011 to
 * 2034 and every offset up to six weeks either way, without a property-testing library.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDaysExhaustiveTest {

    private final WorkingDays workingDays = new WorkingDays(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/London")), new BankHolidays());

    @Test
    void for_every_start_date_adding_then_counting_gives_back_n_and_lands_on_working_days_in_order() {
        for (LocalDate d = LocalDate.of(2011, 1, 1); d.getYear() <= 2034; d = d.plusDays(1)) {
            LocalDate previous = null;
            for (int n = -30; n <= 30; n++) {
                LocalDate result = workingDays.addWorkingDays(d, n);
                assertThat(workingDays.workingDaysBetween(d, result)).as("between(%s, add(%s, %d))", d, d, n).isEqualTo(n);
                if (n != 0) {
                    assertThat(workingDays.isWorkingDay(result)).as("add(%s, %d) = %s", d, n, result).isTrue();
                }
                if (previous != null) {
                    assertThat(result).as("add(%s, %d) after add(%s, %d)", d, n, d, n - 1).isAfter(previous);
                }
                previous = result;
            }
        }
    }

    @Test
    void a_later_start_never_gives_an_earlier_deadline() {
        for (LocalDate d = LocalDate.of(2011, 1, 1); d.getYear() <= 2034; d = d.plusDays(1)) {
            for (int n : new int[] {-45, -15, -1, 1, 5, 15, 45}) {
                assertThat(workingDays.addWorkingDays(d.plusDays(1), n)).isAfterOrEqualTo(workingDays.addWorkingDays(d, n));
            }
        }
    }
}
