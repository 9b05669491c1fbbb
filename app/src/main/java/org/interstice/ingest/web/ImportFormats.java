package org.interstice.ingest.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How import pages write times and counts. */
public final class ImportFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private ImportFormats() {
    }

    public static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    public static String count(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    public static String status(String status) {
        return switch (status) {
            case "RUNNING" -> "Importing";
            case "DONE" -> "Done";
            case "FAILED" -> "Failed";
            default -> status;
        };
    }

    public static String tag(String status) {
        return switch (status) {
            case "RUNNING" -> "govuk-tag--blue";
            case "DONE" -> "govuk-tag--green";
            default -> "govuk-tag--red";
        };
    }

    public static String phase(String phase) {
        return switch (phase) {
            case "QUEUED" -> "Waiting to start";
            case "VALIDATING" -> "Checking rows";
            case "VALIDATED" -> "Rows checked";
            case "LINKING" -> "Recording and linking people";
            case "FINISHED" -> "Finished";
            default -> phase;
        };
    }
}
