package org.interstice.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines in working hours, for hand-offs such as "within 4 working hours". Working hours run from
 * {@code interstice.calendar.working-day-starts} (default 09:00) to {@code interstice.calendar.working-day-ends}
 * (default 17:00) local time in the calendar's zone, on {@link WorkingDays working days} only.
 */
@Component
public class WorkingHours {

    private final WorkingDays workingDays;
    private final LocalTime opens;
    private final LocalTime closes;

    @Autowired
    public WorkingHours(WorkingDays workingDays,
            @Value("${interstice.calendar.working-day-starts:09:00}") String opens,
            @Value("${interstice.calendar.working-day-ends:17:00}") String closes) {
        this(workingDays, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    WorkingHours(WorkingDays workingDays, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The working day must start before it ends: " + opens + " to " + closes);
        }
        this.workingDays = workingDays;
        this.opens = opens;
        this.closes = closes;
    }

    /**
     * The moment {@code hours} working hours after {@code start}, in {@code start}'s zone. Time outside working
     * hours does not count: starting at 16:00 on a Friday, 2 working hours end at 10:00 on the next working day.
     * A deadline that falls exactly at closing time stays on that day. Zero hours gives {@code start} unchanged.
     */
    public ZonedDateTime addWorkingHours(ZonedDateTime start, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("Working hours to add must not be negative: " + hours);
        }
        if (hours == 0) {
            return start;
        }
        LocalDateTime at = firstWorkingMomentFrom(start.withZoneSameInstant(workingDays.zone()).toLocalDateTime());
        Duration remaining = Duration.ofHours(hours);
        while (true) {
            Duration leftToday = Duration.between(at.toLocalTime(), closes);
            if (remaining.compareTo(leftToday) <= 0) {
                return at.plus(remaining).atZone(workingDays.zone()).withZoneSameInstant(start.getZone());
            }
            remaining = remaining.minus(leftToday);
            at = workingDays.addWorkingDays(at.toLocalDate(), 1).atTime(opens);
        }
    }

    private LocalDateTime firstWorkingMomentFrom(LocalDateTime at) {
        if (workingDays.isWorkingDay(at.toLocalDate()) && at.toLocalTime().isBefore(closes)) {
            return at.toLocalTime().isBefore(opens) ? at.toLocalDate().atTime(opens) : at;
        }
        return workingDays.addWorkingDays(at.toLocalDate(), 1).atTime(opens);
    }
}
