package org.interstice.learning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of a measure's periods. A month is labelled {@code 2026-11}; a week is an ISO 8601 week (Monday to
 * Sunday, week 1 holds the year's first Thursday), labelled {@code 2026-W48} with its week-based year.
 */
public enum Grain {
    MONTH("month"), WEEK("week");

    private final String sqlUnit;

    Grain(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** The unit PostgreSQL's {@code date_trunc} and intervals understand: {@code month} or {@code week}. */
    public String sqlUnit() {
        return sqlUnit;
    }

    /** The first day of the period that holds this date. */
    public LocalDate startOf(LocalDate date) {
        return this == MONTH ? date.withDayOfMonth(1) : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate next(LocalDate start) {
        return this == MONTH ? start.plusMonths(1) : start.plusWeeks(1);
    }

    public LocalDate minus(LocalDate start, int periods) {
        return this == MONTH ? start.minusMonths(periods) : start.minusWeeks(periods);
    }

    public String label(LocalDate start) {
        if (this == MONTH) {
            return YearMonth.from(start).toString();
        }
        return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
