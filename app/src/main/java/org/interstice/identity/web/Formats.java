package org.interstice.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How identity pages write dates, times and weights. */
public final class Formats {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "Not known" : DATE.format(d);
    }

    public static String when(Instant i) {
        return i == null ? "" : WHEN.format(i.atZone(LONDON));
    }

    public static String weight(Double w) {
        return w == null ? "" : String.format(Locale.UK, "%+.1f", w);
    }

    public static String percent(Double p) {
        return p == null ? "" : String.format(Locale.UK, "%.1f%%", p * 100);
    }

    public static String field(String name) {
        return switch (name) {
            case "given_name" -> "Given name";
            case "family_name" -> "Family name";
            case "dob" -> "Date of birth";
            case "sex" -> "Sex";
            case "ethnicity" -> "Ethnicity";
            case "postcode" -> "Postcode";
            case "address" -> "Address";
            case "phone" -> "Phone";
            case "email" -> "Email";
            case "nhs_number" -> "NHS number";
            case "upn" -> "Unique pupil number";
            case "pnc_id" -> "PNC id";
            case "first_known" -> "First known";
            case "aliases" -> "Other names";
            case "(household)" -> "Household (could be a twin or sibling)";
            default -> name;
        };
    }

    public static String kind(String decisionKind) {
        return switch (decisionKind) {
            case "NEW_SUBJECT" -> "New subject";
            case "AUTO_LINKED" -> "Linked automatically";
            case "SENT_TO_REVIEW" -> "Sent for review";
            case "CONFIRMED" -> "Confirmed by a person";
            case "REJECTED" -> "Not the same person";
            case "MERGED" -> "Merged";
            case "SPLIT" -> "Split";
            case "RESCORED" -> "Changed record re-scored";
            default -> decisionKind;
        };
    }
}
