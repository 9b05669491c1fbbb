package org.interstice.learning.spc;

/** Which way a signal points: above the mean (or rising), or below it (or falling). */
public enum Side {
    HIGH, LOW;

    static Side of(int sign) {
        return sign > 0 ? HIGH : LOW;
    }
}
