package org.interstice.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed holidays against the published list, year by year. Dates as published by GOV.UK
 * (https://www.gov.uk/bank-holidays, division "england-and-wales"; the JSON feed covers 2018 onwards, earlier years
 * from GOV.UK's lists of the time). 2028 may not yet be confirmed by GOV.UK: it is what the rules
 * give, cross-checked against a second independent table.
 */
class PublishedBankHolidaysTest {

    private final BankHolidays holidays = new BankHolidays();

    @ParameterizedTest(name = "{0} matches the published list")
    @CsvSource(delimiter = '|', value = {
            "2012 | 01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
            "2013 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            "2014 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            "2015 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "2016 | 01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
            "2017 | 01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            "2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "2019 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
            "2020 | 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            "2021 | 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            "2022 | 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            "2023 | 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            "2024 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            "2025 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            "2026 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "2027 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "2028 | 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26" })
    void the_computed_year_matches_the_published_list(int year, String monthDays) {
        List<LocalDate> published = Arrays.stream(monthDays.trim().split("\\s+"))
                .map(md -> LocalDate.parse(year + "-" + md))
                .toList();
        assertThat(holidays.holidaysIn(year)).extracting(BankHoliday::date).containsExactlyElementsOf(published);
    }
}
