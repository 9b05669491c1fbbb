package org.interstice.pursuit.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.interstice.pursuit.CawnType;
import org.interstice.pursuit.DisruptionType;
import org.interstice.pursuit.NewDisruption;

/**
 * What makes a disruption action complete and consistent, field by field (the keys are the form's and the API's
 * field names). Statutory minimum periods come from the Act, not from local policy.
 */
public final class DisruptionRules {

    private DisruptionRules() {
    }

    /** The child a CAWN names, as far as identity knows it: whether it exists, and its age on a date. */
    public interface Child {
        boolean known();

        OptionalInt ageOn(LocalDate date);
    }

    public static Map<String, String> problems(NewDisruption d, LocalDate today, Optional<Child> child) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.type() == null) {
            errors.put("type", "Choose the disruption action");
            return errors;
        }
        DisruptionType type = d.type();
        if (type == DisruptionType.OTHER && blank(d.description())) errors.put("description", "Describe the other disruption action");
        String dateName = switch (type.details()) {
            case ORDER -> "the date the order was made";
            case CHILD -> "the date the notice was issued";
            case LICENCE -> "the date of the licensing decision";
            default -> "the date the action was taken";
        };
        if (d.takenOn() == null) errors.put("takenOn", "Enter " + dateName);
        else if (d.takenOn().equals(LocalDate.MAX)) errors.put("takenOn", "Enter " + dateName + " as a real date, for example " + today);
        else if (d.takenOn().isAfter(today)) errors.put("takenOn", capital(dateName) + " must be today or in the past");
        if (d.expiresOn() != null && d.expiresOn().equals(LocalDate.MAX))
            errors.put("expiresOn", "Enter the expiry date as a real date, for example " + today.plusYears(1));
        else if (d.expiresOn() != null && d.takenOn() != null && !errors.containsKey("takenOn") && d.expiresOn().isBefore(d.takenOn()))
            errors.put("expiresOn", "The expiry date must be on or after " + dateName);
        switch (type.details()) {
            case CHILD -> {
                if (d.childSubjectId() == null) errors.put("child", "Choose the child the notice protects");
                else if (child.isEmpty() || !child.get().known()) errors.put("child", "The child the notice protects is not a known person record");
                if (d.cawnType() == null) errors.put("cawnType", "Choose the type of notice: under 16, or under 18 in care");
                else if (child.isPresent() && child.get().known() && d.takenOn() != null && !errors.containsKey("takenOn")) {
                    OptionalInt age = child.get().ageOn(d.takenOn());
                    CawnType t = d.cawnType();
                    if (age.isPresent() && age.getAsInt() >= t.underAge())
                        errors.put("cawnType", "The child was " + age.getAsInt() + " when the notice was issued: a notice of this type is for a child under "
                                + t.underAge());
                }
            }
            case ORDER -> {
                if (blank(d.court())) errors.put("court", "Enter the court that made the order");
                if (blank(d.conditions())) errors.put("conditions", "Enter the order's prohibitions");
                if (d.expiresOn() != null && d.takenOn() != null && !errors.containsKey("expiresOn") && !errors.containsKey("takenOn")
                        && d.expiresOn().isBefore(d.takenOn().plusYears(type.minimumYears())))
                    errors.put("expiresOn", "A " + type.label().toLowerCase() + " lasts at least " + type.minimumYears()
                            + " years (Modern Slavery Act 2015, " + (type == DisruptionType.STPO ? "s.17(4)" : "s.24(4)")
                            + "): enter an expiry on or after " + d.takenOn().plusYears(type.minimumYears()) + ", or leave it blank for \"until further order\"");
            }
            case LICENCE -> {
                if (blank(d.authority())) errors.put("authority", "Enter the licensing authority");
                if (blank(d.licence())) errors.put("licence", "Enter the licence, for example its type and number");
                if (type != DisruptionType.LICENCE_SUSPENDED && d.expiresOn() != null && !errors.containsKey("expiresOn"))
                    errors.put("expiresOn", "A " + (type == DisruptionType.LICENCE_REVOKED ? "revoked" : "refused")
                            + " licence has no expiry date: leave it blank");
            }
            default -> {
            }
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
