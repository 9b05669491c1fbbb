package org.interstice.learning.spc;

/**
 * One period of a measure: its label ({@code 2026-11} or {@code 2026-W48}), its value, and how many items it counts.
 * A period with {@code n == 0} is a gap: it has no value and takes no part in the chart's calculations.
 */
public record Point(String period, Double value, int n) {

    public Point {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        if ((n == 0) != (value == null)) {
            throw new IllegalArgumentException("a period has a value exactly when it has items (n > 0)");
        }
    }

    public static Point gap(String period) {
        return new Point(period, null, 0);
    }

    public boolean isGap() {
        return n == 0;
    }
}
