package org.interstice.identity;

import java.util.Locale;
import java.util.Optional;

/** Recorded sex, accepting the CIN census gender codes (1 male, 2 female, 0 not recorded, 9 indeterminate). */
public enum Sex {
    M("Male"), F("Female"), I("Indeterminate"), U("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Sex> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "M", "MALE", "1" -> Optional.of(M);
            case "F", "FEMALE", "2" -> Optional.of(F);
            case "I", "INDETERMINATE", "9" -> Optional.of(I);
            case "U", "UNKNOWN", "NOT KNOWN", "0" -> Optional.of(U);
            default -> Optional.empty();
        };
    }

    public static String labelOf(String code) {
        return parse(code).map(Sex::label).orElse("");
    }
}
