package org.interstice.protection.timeline;

import java.time.LocalDate;

import org.interstice.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/** The timeline's view of the England and Wales working-day calendar. */
@Component("protectionCalendarWorkingDays")
class CalendarWorkingDays implements WorkingDayCalendar {

    private final WorkingDays workingDays;

    CalendarWorkingDays(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return workingDays.addWorkingDays(start, days);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }
}
