package org.interstice.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The one place for bank holidays that no rule predicts: regular holidays moved by royal proclamation, and
 * one-off extra holidays. Everything else in {@link BankHolidays} is computed.
 *
 * <p>Source: GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays, JSON feed
 * https://www.gov.uk/bank-holidays.json, division "england-and-wales"), which lists 2018 onwards, and the
 * proclamations announced for 2011 (royal wedding), 2012 (Diamond Jubilee) and earlier years as published on
 * GOV.UK at the time. Add any future proclamation here and extend {@link BankHolidays#LAST_YEAR} only once the
 * year's holidays are confirmed.
 */
final class Proclamations {

    /** A regular holiday that was moved away from its usual date in one year. */
    record Move(int year, String usualName, LocalDate movedTo, String name) {
    }

    static final List<Move> MOVES = List.of(
            // Early May bank holiday moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE day.
            new Move(2020, BankHolidays.EARLY_MAY, LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)"),
            // Spring bank holiday moved from Monday 28 May to Monday 4 June for the Diamond Jubilee.
            new Move(2012, BankHolidays.SPRING, LocalDate.of(2012, 6, 4), BankHolidays.SPRING),
            // Spring bank holiday moved from Monday 30 May to Thursday 2 June for the Platinum Jubilee.
            new Move(2022, BankHolidays.SPRING, LocalDate.of(2022, 6, 2), BankHolidays.SPRING));

    static final List<BankHoliday> ONE_OFFS = List.of(
            new BankHoliday(LocalDate.of(2011, 4, 29), "Royal wedding"),
            new BankHoliday(LocalDate.of(2012, 6, 5), "Queen’s Diamond Jubilee"),
            new BankHoliday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
            new BankHoliday(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            new BankHoliday(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

    private Proclamations() {
    }
}
