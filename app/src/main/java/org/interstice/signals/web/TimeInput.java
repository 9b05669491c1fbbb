package org.interstice.signals.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.interstice.signals.SignalRefusal;

/** Reads the times an agency sends: an ISO date-time with offset, a local date-time (UK time) or a date. */
final class TimeInput {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private TimeInput() {
    }

    static OffsetDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).atZone(UK).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay(UK).toOffsetDateTime();
                } catch (DateTimeParseException notDate) {
                    throw new SignalRefusal(field, "Give " + field + " as a date and time, like 2026-12-03T02:10:00Z");
                }
            }
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SignalRefusal(field, "Give " + field + " as YYYY-MM-DD");
        }
    }

    static java.util.UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new SignalRefusal(field, field + " is not a valid id");
        }
    }
}
