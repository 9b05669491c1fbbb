package org.interstice.handoff.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** The England and Wales bank holidays of 2026 (GOV.UK list), for tests that need no Spring. */
final class EnglandCalendar2026 {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));

    static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BANK_HOLIDAYS.contains(d);
    }

    static WorkingTime workingTime() {
        return new WorkingTime(EnglandCalendar2026::isWorkingDay, LONDON, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    private EnglandCalendar2026() {
    }
}
