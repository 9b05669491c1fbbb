package org.interstice.linkage;

/** Conversions between match weight (log2 odds) and match probability. */
public final class Probability {
    private Probability() {
    }

    public static double of(double matchWeight) {
        if (matchWeight > 60) return 1.0;
        if (matchWeight < -60) return Math.pow(2, matchWeight);
        double b = Math.pow(2, matchWeight);
        return b / (1 + b);
    }

    public static double weightOf(double probability) {
        if (probability <= 0) return Double.NEGATIVE_INFINITY;
        if (probability >= 1) return Double.POSITIVE_INFINITY;
        return Math.log(probability / (1 - probability)) / Math.log(2);
    }
}
