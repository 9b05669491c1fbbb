package org.interstice.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysPropertyTest {

    private final WorkingDays workingDays = new WorkingDays(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/London")), new BankHolidays());

    /** Dates from 2011 to 2034, so that up to 250 working days either way stays inside the calendar. */
    @Provide
    Arbitrary<LocalDate> dates() {
        return datesBetween(LocalDate.of(2011, 1, 1), LocalDate.of(2034, 12, 31));
    }

    /** Dates from 2010 to 2032, leaving room for spans of up to 800 days. */
    @Provide
    Arbitrary<LocalDate> earlierDates() {
        return datesBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2032, 12, 31));
    }

    private static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
        return Arbitraries.integers().between(0, (int) (last.toEpochDay() - first.toEpochDay())).map(first::plusDays);
    }

    @Property(seed = "20261128")
    @Label("counting the working days to d plus n gives back n")
    void betweenUndoesAdd(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -250, max = 250) int n) {
        assertThat(workingDays.workingDaysBetween(d, workingDays.addWorkingDays(d, n))).isEqualTo(n);
    }

    @Property(seed = "20261128")
    @Label("adding a non-zero number of working days never lands on a weekend or bank holiday")
    void addLandsOnAWorkingDay(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -250, max = 250) int n) {
        if (n != 0) {
            assertThat(workingDays.isWorkingDay(workingDays.addWorkingDays(d, n))).isTrue();
        }
    }

    @Property(seed = "20261128")
    @Label("adding more working days never gives an earlier date")
    void addIsMonotonicInN(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -250, max = 249) int n) {
        assertThat(workingDays.addWorkingDays(d, n + 1)).isAfter(workingDays.addWorkingDays(d, n));
    }

    @Property(seed = "20261128")
    @Label("a later start never gives an earlier deadline")
    void addIsMonotonicInStart(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -250, max = 250) int n) {
        assertThat(workingDays.addWorkingDays(d.plusDays(1), n)).isAfterOrEqualTo(workingDays.addWorkingDays(d, n));
    }

    @Property(seed = "20261128")
    @Label("working days between adds up across an intermediate date")
    void betweenIsAdditiveForward(@ForAll("earlierDates") LocalDate a, @ForAll @IntRange(min = 0, max = 400) int x,
            @ForAll @IntRange(min = 0, max = 400) int y) {
        LocalDate b = a.plusDays(x);
        LocalDate c = b.plusDays(y);
        assertThat(workingDays.workingDaysBetween(a, b) + workingDays.workingDaysBetween(b, c))
                .isEqualTo(workingDays.workingDaysBetween(a, c));
    }
}
