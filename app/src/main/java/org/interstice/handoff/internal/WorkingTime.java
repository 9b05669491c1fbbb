package org.interstice.handoff.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.interstice.calendar.WorkingDays;
import org.interstice.calendar.WorkingHours;

/**
 * Adds a {@link Period} to a moment using the calendar (England and Wales bank holidays). A period in working
 * days ends at closing time of the n-th working day after the start date, so "1 working day" from a Friday is
 * Monday at closing time; working hours count only opening hours on working days; plain hours run day and night.
 */
public final class WorkingTime {

    private final WorkingDays workingDays;
    private final WorkingHours workingHours;
    private final LocalTime closes;

    public WorkingTime(WorkingDays workingDays, WorkingHours workingHours, LocalTime closes) {
        this.workingDays = workingDays;
        this.workingHours = workingHours;
        this.closes = closes;
    }

    public Instant plus(Instant start, Period period) {
        ZoneId zone = workingDays.zone();
        return switch (period.unit()) {
            case HOURS -> start.plus(Duration.ofHours(period.amount()));
            case WORKING_HOURS -> workingHours.addWorkingHours(start.atZone(zone), period.amount()).toInstant();
            case WORKING_DAYS -> period.amount() == 0 ? start
                    : workingDays.addWorkingDays(start.atZone(zone).toLocalDate(), period.amount())
                            .atTime(closes).atZone(zone).toInstant();
        };
    }
}
