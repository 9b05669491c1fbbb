package org.interstice.handoff.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Adds a {@link Period} to a moment, counting only working time. The working-day test comes from the calendar
 * (bank holidays of England and Wales), so this class knows nothing of holidays itself.
 */
public final class WorkingTime {

    private final Predicate<LocalDate> isWorkingDay;
    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;

    public WorkingTime(Predicate<LocalDate> isWorkingDay, ZoneId zone, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening time must be before closing time");
        }
        this.isWorkingDay = isWorkingDay;
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
    }

    public Instant plus(Instant start, Period period) {
        return switch (period.unit()) {
            case HOURS -> start.plus(Duration.ofHours(period.amount()));
            case WORKING_DAYS -> addWorkingDays(start, period.amount());
            case WORKING_HOURS -> addWorkingHours(start, period.amount());
        };
    }

    /** Closing time on the n-th working day after the start's date: "within 1 working day" of Friday is Monday 17:00. */
    private Instant addWorkingDays(Instant start, int days) {
        if (days == 0) {
            return start;
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay.test(day)) {
                left--;
            }
        }
        return day.atTime(closes).atZone(zone).toInstant();
    }

    /** Only time inside opening hours on working days counts: 2 working hours from Friday 16:00 end Monday 10:00. */
    private Instant addWorkingHours(Instant start, int hours) {
        if (hours == 0) {
            return start;
        }
        LocalDateTime at = firstWorkingMomentFrom(start.atZone(zone).toLocalDateTime());
        Duration remaining = Duration.ofHours(hours);
        while (true) {
            Duration leftToday = Duration.between(at.toLocalTime(), closes);
            if (remaining.compareTo(leftToday) <= 0) {
                return at.plus(remaining).atZone(zone).toInstant();
            }
            remaining = remaining.minus(leftToday);
            at = nextWorkingDay(at.toLocalDate()).atTime(opens);
        }
    }

    private LocalDateTime firstWorkingMomentFrom(LocalDateTime at) {
        if (isWorkingDay.test(at.toLocalDate()) && at.toLocalTime().isBefore(closes)) {
            return at.toLocalTime().isBefore(opens) ? at.toLocalDate().atTime(opens) : at;
        }
        return nextWorkingDay(at.toLocalDate()).atTime(opens);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay.test(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
