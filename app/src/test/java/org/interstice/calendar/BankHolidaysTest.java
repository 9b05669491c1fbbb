package org.interstice.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankHolidaysTest {

    private final BankHolidays holidays = new BankHolidays();

    @Test
    void easter_2027_gives_Good_Friday_on_26_March_and_Easter_Monday_on_29_March() {
        assertThat(holidays.holidaysIn(2027))
                .extracting(BankHoliday::date, BankHoliday::name)
                .contains(tuple(of(2027, 3, 26), "Good Friday"), tuple(of(2027, 3, 29), "Easter Monday"));
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2010, 2010-04-04", "2011, 2011-04-24", "2012, 2012-04-08", "2013, 2013-03-31", "2014, 2014-04-20",
            "2015, 2015-04-05", "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21",
            "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01",
            "2030, 2030-04-21", "2031, 2031-04-13", "2032, 2032-03-28", "2033, 2033-04-17", "2034, 2034-04-09",
            "2035, 2035-03-25" })
    void easter_sunday_matches_published_tables(int year, LocalDate sunday) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(sunday);
    }

    @Test
    void christmas_2027_falls_at_a_weekend_so_27_and_28_December_are_substitute_days() {
        assertThat(holidays.holidaysIn(2027))
                .extracting(BankHoliday::date, BankHoliday::name)
                .contains(tuple(of(2027, 12, 27), "Christmas Day (substitute day)"),
                        tuple(of(2027, 12, 28), "Boxing Day (substitute day)"));
        assertThat(holidays.isBankHoliday(of(2027, 12, 25))).isFalse();
        assertThat(holidays.isBankHoliday(of(2027, 12, 26))).isFalse();
    }

    @Test
    void christmas_on_a_sunday_keeps_Boxing_Day_on_the_26th_and_puts_Christmas_on_the_27th() {
        assertThat(holidays.holidaysIn(2022))
                .extracting(BankHoliday::date, BankHoliday::name)
                .contains(tuple(of(2022, 12, 26), "Boxing Day"), tuple(of(2022, 12, 27), "Christmas Day (substitute day)"));
    }

    @Test
    void boxing_day_on_a_saturday_moves_to_monday_28_December() {
        assertThat(holidays.holidaysIn(2026))
                .extracting(BankHoliday::date)
                .contains(of(2026, 12, 25), of(2026, 12, 28))
                .doesNotContain(of(2026, 12, 26));
    }

    @Test
    void the_state_funeral_of_Queen_Elizabeth_II_on_19_September_2022_was_a_bank_holiday() {
        assertThat(holidays.holidayOn(of(2022, 9, 19)))
                .hasValueSatisfying(h -> assertThat(h.name()).contains("State Funeral of Queen Elizabeth II"));
    }

    @Test
    void in_2020_the_early_May_bank_holiday_moved_to_Friday_8_May_for_VE_day() {
        assertThat(holidays.isBankHoliday(of(2020, 5, 8))).isTrue();
        assertThat(holidays.isBankHoliday(of(2020, 5, 4))).isFalse();
        assertThat(holidays.holidaysIn(2020)).hasSize(8);
    }

    @Test
    void the_2012_Diamond_Jubilee_moved_the_spring_bank_holiday_to_4_June_and_added_5_June() {
        assertThat(holidays.holidaysIn(2012))
                .extracting(BankHoliday::date)
                .contains(of(2012, 6, 4), of(2012, 6, 5))
                .doesNotContain(of(2012, 5, 28));
    }

    @Test
    void the_2022_Platinum_Jubilee_moved_the_spring_bank_holiday_to_2_June_and_added_3_June() {
        assertThat(holidays.holidaysIn(2022))
                .extracting(BankHoliday::date)
                .contains(of(2022, 6, 2), of(2022, 6, 3))
                .doesNotContain(of(2022, 5, 30));
    }

    @Test
    void the_royal_wedding_and_the_coronation_were_bank_holidays() {
        assertThat(holidays.isBankHoliday(of(2011, 4, 29))).isTrue();
        assertThat(holidays.isBankHoliday(of(2023, 5, 8))).isTrue();
    }

    @Test
    void the_whole_of_2022_matches_the_GOV_UK_list_of_ten_bank_holidays() {
        assertThat(holidays.holidaysIn(2022)).extracting(BankHoliday::date).containsExactly(
                of(2022, 1, 3), of(2022, 4, 15), of(2022, 4, 18), of(2022, 5, 2), of(2022, 6, 2), of(2022, 6, 3),
                of(2022, 8, 29), of(2022, 9, 19), of(2022, 12, 26), of(2022, 12, 27));
    }

    @Test
    void the_whole_of_2026_matches_the_GOV_UK_list() {
        assertThat(holidays.holidaysIn(2026)).extracting(BankHoliday::date).containsExactly(
                of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25), of(2026, 8, 31),
                of(2026, 12, 25), of(2026, 12, 28));
    }

    @Test
    void a_new_year_on_a_weekend_gives_a_monday_substitute() {
        assertThat(holidays.holidayOn(of(2022, 1, 3))).map(BankHoliday::name).hasValue("New Year’s Day (substitute day)");
        assertThat(holidays.isBankHoliday(of(2023, 1, 2))).isTrue();
        assertThat(holidays.isBankHoliday(of(2028, 1, 3))).isTrue();
    }

    @Test
    void a_normal_year_has_eight_bank_holidays_and_proclamation_years_have_more() {
        assertThat(IntStream.rangeClosed(2010, 2035).filter(y -> y != 2011 && y != 2012 && y != 2022 && y != 2023))
                .allSatisfy(year -> assertThat(holidays.holidaysIn(year)).hasSize(8));
        assertThat(holidays.holidaysIn(2011)).hasSize(9);
        assertThat(holidays.holidaysIn(2012)).hasSize(9);
        assertThat(holidays.holidaysIn(2022)).hasSize(10);
        assertThat(holidays.holidaysIn(2023)).hasSize(9);
    }

    @Test
    void every_bank_holiday_falls_on_a_weekday_and_in_its_own_year() {
        IntStream.rangeClosed(2010, 2035).forEach(year -> assertThat(holidays.holidaysIn(year))
                .allSatisfy(h -> {
                    assertThat(BankHolidays.isWeekend(h.date())).as(h.toString()).isFalse();
                    assertThat(h.date().getYear()).isEqualTo(year);
                })
                .isSortedAccordingTo(BankHoliday::compareTo)
                .doesNotHaveDuplicates());
    }

    @Test
    void years_outside_2010_to_2035_are_refused_rather_than_guessed() {
        assertThatThrownBy(() -> holidays.holidaysIn(2036)).isInstanceOf(YearOutsideCalendar.class)
                .hasMessageContaining("2010 to 2035").hasMessageContaining("2036");
        assertThatThrownBy(() -> holidays.isBankHoliday(of(2009, 12, 25))).isInstanceOf(YearOutsideCalendar.class);
    }
}
