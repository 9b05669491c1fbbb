package org.interstice.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, for statutory timescales such as
 * "within 45 working days of referral".
 *
 * <p>Counting rule, the same in both directions: <b>the start date is never counted; the end date is.</b>
 * <ul>
 * <li>{@link #addWorkingDays(LocalDate, int) addWorkingDays(d, n)} with n &gt; 0 is the n-th working day after d,
 * so a referral received on any day (even a Saturday) and due "within 1 working day" is due on the next working
 * day. With n &lt; 0 it is the |n|-th working day before d. With n = 0 it is d itself, unchanged, even when d is not
 * a working day (use {@link #workingDayOnOrAfter(LocalDate)} to roll forward).</li>
 * <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(from, to)} counts the working days
 * after {@code from} up to and including {@code to}; when {@code to} is before {@code from} it counts the working
 * days from {@code to} (included) up to {@code from} (excluded) and is negative. Hence
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every d and n. It is antisymmetric when both dates
 * are working days, but not always otherwise (Saturday to the previous Friday is -1; that Friday to the Saturday is
 * 0).</li>
 * </ul>
 * Every method throws {@link YearOutsideCalendar} when it would need a date outside
 * {@value BankHolidays#FIRST_YEAR}–{@value BankHolidays#LAST_YEAR}.
 */
@Component
public class WorkingDays {

    private final Clock clock;
    private final BankHolidays bankHolidays;

    public WorkingDays(Clock clock, BankHolidays bankHolidays) {
        this.clock = clock;
        this.bankHolidays = bankHolidays;
    }

    /** Today's date in the clock's zone (Europe/London in the application). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone in which calendar days begin and end. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !BankHolidays.isWeekend(date) && !bankHolidays.isBankHoliday(date);
    }

    /** The date itself if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The n-th working day after {@code start} (before it when n is negative); {@code start} itself when n is 0. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        BankHolidays.checkYear(start.getYear());
        int step = Integer.signum(n);
        LocalDate day = start;
        for (long remaining = Math.abs((long) n); remaining > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} (excluded) to {@code to} (included); negative when {@code to} is earlier,
     * counting {@code to} (included) up to {@code from} (excluded). Zero when the dates are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        BankHolidays.checkYear(from.getYear());
        BankHolidays.checkYear(to.getYear());
        if (to.isBefore(from)) {
            return -countFromTo(to, from.minusDays(1));
        }
        return countFromTo(from.plusDays(1), to);
    }

    /** Working days in the closed range [first, last]. */
    private int countFromTo(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
