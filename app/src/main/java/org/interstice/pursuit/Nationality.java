package org.interstice.pursuit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A nationality: an ISO 3166-1 alpha-2 country code, or one of the explicit codes NOBT (not yet obtained),
 * REFU (refused) and STATELESS.
 */
public record Nationality(String code) {

    private static final List<String> SPECIAL = List.of("NOBT", "REFU", "STATELESS");
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    public static final Nationality NOT_YET_OBTAINED = new Nationality("NOBT");
    public static final Nationality REFUSED = new Nationality("REFU");

    public Nationality {
        if (code == null || !(SPECIAL.contains(code) || COUNTRIES.contains(code)))
            throw new IllegalArgumentException("unknown nationality code " + code);
    }

    public static Optional<Nationality> parse(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(new Nationality(c));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean known() {
        return !code.equals("NOBT") && !code.equals("REFU");
    }

    public String label() {
        return switch (code) {
            case "NOBT" -> "Information not yet obtained";
            case "REFU" -> "Refused";
            case "STATELESS" -> "Stateless";
            default -> new Locale("", code).getDisplayCountry(Locale.UK);
        };
    }

    /** Every choice, the explicit codes first and then the countries by name. */
    public static List<Nationality> choices() {
        return Stream.concat(SPECIAL.stream().map(Nationality::new),
                Stream.of(Locale.getISOCountries()).map(Nationality::new)
                        .sorted(Comparator.comparing(Nationality::label))).toList();
    }
}
