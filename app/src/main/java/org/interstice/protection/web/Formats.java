package org.interstice.protection.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK pages write them. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dateTime(OffsetDateTime at) {
        return at == null ? "" : DAY_TIME.format(at.atZoneSameInstant(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
