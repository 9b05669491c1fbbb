package org.interstice.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.next;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Bank holidays in England and Wales from {@value #FIRST_YEAR} to {@value #LAST_YEAR}. The regular holidays are
 * computed from their rules (Easter by the Gregorian computus, weekend substitute days); moved and one-off
 * holidays come from {@link Proclamations}. Asking about any other year throws {@link YearOutsideCalendar}.
 */
@Component
public class BankHolidays {

    public static final int FIRST_YEAR = 2010;
    public static final int LAST_YEAR = 2035;

    static final String NEW_YEAR = "New Year’s Day";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String CHRISTMAS = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";
    private static final String SUBSTITUTE = " (substitute day)";

    private final Map<Integer, List<BankHoliday>> byYear = new HashMap<>();
    private final Map<LocalDate, BankHoliday> byDate = new HashMap<>();

    public BankHolidays() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<BankHoliday> holidays = compute(year);
            byYear.put(year, holidays);
            holidays.forEach(h -> byDate.put(h.date(), h));
        }
    }

    /** Whether the date is a bank holiday (weekends are not bank holidays unless proclaimed). */
    public boolean isBankHoliday(LocalDate date) {
        checkYear(date.getYear());
        return byDate.containsKey(date);
    }

    /** The bank holiday on the date, if any. */
    public Optional<BankHoliday> holidayOn(LocalDate date) {
        checkYear(date.getYear());
        return Optional.ofNullable(byDate.get(date));
    }

    /** The year's bank holidays in date order, with their names. */
    public List<BankHoliday> holidaysIn(int year) {
        checkYear(year);
        return byYear.get(year);
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new YearOutsideCalendar(year);
        }
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static List<BankHoliday> compute(int year) {
        List<BankHoliday> holidays = new ArrayList<>();

        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        holidays.add(isWeekend(newYear)
                ? new BankHoliday(newYear.with(next(MONDAY)), NEW_YEAR + SUBSTITUTE)
                : new BankHoliday(newYear, NEW_YEAR));

        LocalDate easter = easterSunday(year);
        holidays.add(new BankHoliday(easter.minusDays(2), GOOD_FRIDAY));
        holidays.add(new BankHoliday(easter.plusDays(1), EASTER_MONDAY));

        holidays.add(regular(year, EARLY_MAY, LocalDate.of(year, Month.MAY, 1).with(firstInMonth(MONDAY))));
        holidays.add(regular(year, SPRING, LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY))));
        holidays.add(regular(year, SUMMER, LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(MONDAY))));

        holidays.addAll(christmas(year));

        Proclamations.ONE_OFFS.stream().filter(h -> h.date().getYear() == year).forEach(holidays::add);
        Collections.sort(holidays);
        return List.copyOf(holidays);
    }

    private static BankHoliday regular(int year, String name, LocalDate usual) {
        return Proclamations.MOVES.stream()
                .filter(m -> m.year() == year && m.usualName().equals(name))
                .findFirst()
                .map(m -> new BankHoliday(m.movedTo(), m.name()))
                .orElse(new BankHoliday(usual, name));
    }

    /**
     * Christmas Day and Boxing Day. When either falls at a weekend a substitute weekday follows: Saturday
     * Christmas gives Monday 27 and Tuesday 28; Sunday Christmas gives Boxing Day on Monday 26 and Christmas
     * on Tuesday 27; Saturday Boxing Day gives Monday 28.
     */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        DayOfWeek day = christmas.getDayOfWeek();
        if (day == SATURDAY) {
            return List.of(new BankHoliday(christmas.plusDays(2), CHRISTMAS + SUBSTITUTE),
                    new BankHoliday(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE));
        }
        if (day == SUNDAY) {
            return List.of(new BankHoliday(boxingDay, BOXING_DAY),
                    new BankHoliday(christmas.plusDays(2), CHRISTMAS + SUBSTITUTE));
        }
        if (day == DayOfWeek.FRIDAY) {
            return List.of(new BankHoliday(christmas, CHRISTMAS),
                    new BankHoliday(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE));
        }
        return List.of(new BankHoliday(christmas, CHRISTMAS), new BankHoliday(boxingDay, BOXING_DAY));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == SATURDAY || day == SUNDAY;
    }
}
