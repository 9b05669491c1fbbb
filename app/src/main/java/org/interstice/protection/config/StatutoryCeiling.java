package org.interstice.protection.config;

import java.util.Optional;

/**
 * The longest timescale a statute allows for a setting. A partnership may choose a shorter local timescale, never a
 * longer one (issue 14 item 6, ADR 0043); the refusal names the statute.
 */
public record StatutoryCeiling(String statute, int value, String unit) {

    /** Why {@code proposed} is refused, or empty when it is within the ceiling. */
    public Optional<String> refusal(int proposed) {
        if (proposed <= value) {
            return Optional.empty();
        }
        return Optional.of(statute + " sets at most " + describe() + "; a local timescale may be shorter, never longer");
    }

    public String describe() {
        String word = switch (unit) {
            case "WORKING_DAYS" -> "working day";
            case "MONTHS" -> "month";
            case "DAYS" -> "day";
            default -> unit.toLowerCase().replace('_', ' ');
        };
        return value + " " + word + (value == 1 ? "" : "s");
    }
}
