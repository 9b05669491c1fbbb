package org.interstice.calendar;

/**
 * Thrown when a date falls in a year whose bank holidays the calendar does not know. We refuse rather than
 * guess, because future one-off holidays (jubilees, funerals, coronations) cannot be predicted.
 */
public class YearOutsideCalendar extends IllegalArgumentException {

    private final int year;

    YearOutsideCalendar(int year) {
        super("Bank holidays for England and Wales are known only for " + BankHolidays.FIRST_YEAR + " to "
                + BankHolidays.LAST_YEAR + "; asked about " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
