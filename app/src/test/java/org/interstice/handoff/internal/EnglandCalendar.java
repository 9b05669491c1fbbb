package org.interstice.handoff.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.interstice.calendar.BankHolidays;
import org.interstice.calendar.WorkingDays;
import org.interstice.calendar.WorkingHours;

/** The real calendar (England and Wales bank holidays, 09:00 to 17:00) without Spring, for plain tests. */
final class EnglandCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final WorkingDays WORKING_DAYS =
            new WorkingDays(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), LONDON), new BankHolidays());

    static WorkingTime workingTime() {
        return new WorkingTime(WORKING_DAYS, new WorkingHours(WORKING_DAYS, "09:00", "17:00"), LocalTime.of(17, 0));
    }

    private EnglandCalendar() {
    }
}
