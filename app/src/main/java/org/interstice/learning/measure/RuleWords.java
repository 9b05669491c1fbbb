package org.interstice.learning.measure;

import org.interstice.learning.spc.Rule;

/** Plain words for each special-cause rule, for pages and the report. */
public final class RuleWords {

    private RuleWords() {
    }

    public static String of(Rule rule) {
        return switch (rule) {
            case OUTSIDE_LIMITS -> "outside the limits";
            case SHIFT -> "shift";
            case TREND -> "trend";
            case TWO_OF_THREE -> "two of three near a limit";
        };
    }

    public static String explain(Rule rule) {
        return switch (rule) {
            case OUTSIDE_LIMITS -> "a point outside the process limits";
            case SHIFT -> "7 or more points in a row on one side of the mean";
            case TREND -> "7 or more points in a row each higher, or each lower, than the one before";
            case TWO_OF_THREE -> "2 of 3 points in a row beyond two-thirds of the way to a limit, on one side of the mean";
        };
    }
}
