package org.interstice.protection.timeline;

import java.time.LocalDate;

/**
 * The part of the working-day calendar that the timeline needs: the start date is never counted, so
 * {@code addWorkingDays(d, 1)} is the next working day after {@code d}. Backed by {@code calendar.WorkingDays}.
 */
public interface WorkingDayCalendar {

    LocalDate addWorkingDays(LocalDate start, int workingDays);

    boolean isWorkingDay(LocalDate date);
}
