package org.interstice.protection.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.interstice.protection.common.Refusal;

/** Reads a date typed as 27/11/2026 (or 2026-11-27), refusing anything else with a message for the field. */
final class DateInput {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    private DateInput() {
    }

    static LocalDate parse(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new Refusal(field, "Enter a date, for example 27/11/2026");
            }
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, UK);
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "Enter a real date, for example 27/11/2026");
        }
    }

    static String format(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }
}
