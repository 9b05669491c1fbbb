package org.interstice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** GOV.UK style dates and times for templates: "10 June 2026 at 2:30pm". */
public final class Dates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Dates() {
    }

    public static String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A short reference for an id, e.g. "HO-1a2b3c4d". */
    public static String reference(String prefix, UUID id) {
        return id == null ? "" : prefix + "-" + id.toString().substring(0, 8).toUpperCase(Locale.UK);
    }
}
