package org.interstice.learning.spc;

/** The four Making Data Count special-cause rules (ADR 0070 defines each exactly). */
public enum Rule {
    /** One point above the upper or below the lower process limit. */
    OUTSIDE_LIMITS,
    /** Seven or more consecutive points on the same side of the mean. */
    SHIFT,
    /** Seven or more consecutive points each higher (or each lower) than the one before. */
    TREND,
    /** Two of three consecutive points, all three on one side of the mean, in the outer third before a limit. */
    TWO_OF_THREE
}
