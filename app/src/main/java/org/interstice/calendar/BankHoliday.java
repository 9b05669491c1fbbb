package org.interstice.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One bank holiday in England and Wales, named as GOV.UK names it (substitute days say so). */
public record BankHoliday(LocalDate date, String name) implements Comparable<BankHoliday> {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(BankHoliday other) {
        return date.compareTo(other.date);
    }
}
