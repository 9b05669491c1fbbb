package org.interstice.learning.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * An XmR (individuals and moving range) chart over a series of periods, with the four Making Data Count rules.
 * Built once from its points and then queried. Exact definitions, ties and gaps: ADR 0070.
 * <ul>
 * <li>mean: the arithmetic mean of every point that has data (gaps excluded); all points form the baseline;</li>
 * <li>moving range: |x(i) - x(i-1)| for each two <em>adjacent</em> periods that both have data;</li>
 * <li>limits: mean ± 2.66 × mean moving range, never clipped; near limits: mean ± (2.66 × 2/3) × mean moving range;</li>
 * <li>"consecutive" points are adjacent periods that both have data: a gap ends every run.</li>
 * </ul>
 */
public final class XmrChart {

    /** The XmR constant: 3 / d2 with d2 = 1.128 for ranges of two, as Making Data Count rounds it. */
    public static final double LIMIT = 2.66;
    /** Two-thirds of the way from the mean to a limit. */
    public static final double NEAR_LIMIT = LIMIT * 2 / 3;
    /** Points a shift or a trend needs. */
    public static final int RUN = 7;

    private final List<Point> points;
    private final Double mean;
    private final Double meanMovingRange;
    private final List<Signal> signals;

    private XmrChart(List<Point> points) {
        this.points = List.copyOf(points);
        this.mean = mean(this.points);
        this.meanMovingRange = meanMovingRange(this.points);
        this.signals = mean == null ? List.of() : findSignals();
    }

    /** A chart of these periods, in time order, one point per period (a period without data is a gap). */
    public static XmrChart of(List<Point> points) {
        return new XmrChart(points);
    }

    public List<Point> points() {
        return points;
    }

    /** Null when no period has data. */
    public Double mean() {
        return mean;
    }

    /** Null when no two adjacent periods both have data. */
    public Double meanMovingRange() {
        return meanMovingRange;
    }

    public Double upperLimit() {
        return hasLimits() ? mean + LIMIT * meanMovingRange : null;
    }

    public Double lowerLimit() {
        return hasLimits() ? mean - LIMIT * meanMovingRange : null;
    }

    public List<Signal> signals() {
        return signals;
    }

    private boolean hasLimits() {
        return mean != null && meanMovingRange != null;
    }

    private static Double mean(List<Point> points) {
        double sum = 0;
        int count = 0;
        for (Point p : points) {
            if (!p.isGap()) {
                sum += p.value();
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static Double meanMovingRange(List<Point> points) {
        double sum = 0;
        int count = 0;
        for (int i = 1; i < points.size(); i++) {
            if (adjacent(points, i)) {
                sum += Math.abs(points.get(i).value() - points.get(i - 1).value());
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    /** Whether point i and the point before it both have data. */
    private static boolean adjacent(List<Point> points, int i) {
        return i > 0 && !points.get(i).isGap() && !points.get(i - 1).isGap();
    }

    private List<Signal> findSignals() {
        List<Signal> found = new ArrayList<>();
        if (hasLimits()) {
            found.addAll(outsideLimits());
        }
        found.addAll(shifts());
        found.addAll(trends());
        if (hasLimits()) {
            found.addAll(twoOfThree());
        }
        return List.copyOf(found);
    }

    /** +1 above the mean, -1 below, 0 on it or a gap. */
    private int sideOfMean(int i) {
        Point p = points.get(i);
        return p.isGap() ? 0 : Double.compare(p.value(), mean) > 0 ? 1 : p.value() < mean ? -1 : 0;
    }

    private boolean outside(int i) {
        Point p = points.get(i);
        return !p.isGap() && (p.value() > upperLimit() || p.value() < lowerLimit());
    }

    /** Strictly beyond two-thirds of the way to a limit, and not outside the limits (as NHSRplotthedots). */
    private boolean nearLimit(int i) {
        Point p = points.get(i);
        return !p.isGap() && !outside(i)
                && (p.value() > mean + NEAR_LIMIT * meanMovingRange || p.value() < mean - NEAR_LIMIT * meanMovingRange);
    }

    private List<Signal> outsideLimits() {
        List<Signal> found = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (outside(i)) {
                found.add(new Signal(Rule.OUTSIDE_LIMITS, points.get(i).value() > mean ? Side.HIGH : Side.LOW,
                        List.of(points.get(i).period())));
            }
        }
        return found;
    }

    /** Maximal runs of consecutive points strictly on one side of the mean; a point on the mean or a gap ends a run. */
    private List<Signal> shifts() {
        List<Signal> found = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            boolean continues = i < points.size() && sideOfMean(i) != 0 && sideOfMean(i) == sideOfMean(start);
            if (!continues) {
                if (sideOfMean(start) != 0 && i - start >= RUN) {
                    found.add(new Signal(Rule.SHIFT, Side.of(sideOfMean(start)), periods(start, i)));
                }
                start = i;
            }
        }
        return found;
    }

    /** +1 when point i is higher than the one before, -1 lower; 0 when equal or either is a gap. */
    private int step(int i) {
        return adjacent(points, i) ? Double.compare(points.get(i).value(), points.get(i - 1).value()) : 0;
    }

    /**
     * Maximal runs of points each strictly higher (or each strictly lower) than the one before: RUN points are
     * RUN - 1 steps the same way. An equal value or a gap ends a run. A peak can end a rising run and start a falling one.
     */
    private List<Signal> trends() {
        List<Signal> found = new ArrayList<>();
        int firstStep = 1;
        for (int i = 2; i <= points.size(); i++) {
            boolean continues = i < points.size() && step(i) != 0 && step(i) == step(firstStep);
            if (!continues) {
                int steps = i - firstStep;
                if (firstStep < points.size() && step(firstStep) != 0 && steps >= RUN - 1) {
                    found.add(new Signal(Rule.TREND, Side.of(step(firstStep)), periods(firstStep - 1, i)));
                }
                firstStep = i;
            }
        }
        return found;
    }

    /**
     * Windows of three consecutive points, all three strictly on one side of the mean, at least two of them near a
     * limit. Overlapping qualifying windows on the same side form one signal, which lists the points near the limit.
     */
    private List<Signal> twoOfThree() {
        List<Signal> found = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentSide = 0;
        int lastWindowEnd = -1;
        for (int i = 0; i + 2 < points.size(); i++) {
            int side = sideOfMean(i);
            boolean qualifies = side != 0 && sideOfMean(i + 1) == side && sideOfMean(i + 2) == side
                    && (nearLimit(i) ? 1 : 0) + (nearLimit(i + 1) ? 1 : 0) + (nearLimit(i + 2) ? 1 : 0) >= 2;
            if (!qualifies) {
                continue;
            }
            boolean overlaps = side == currentSide && i <= lastWindowEnd;
            if (!overlaps && !current.isEmpty()) {
                found.add(new Signal(Rule.TWO_OF_THREE, Side.of(currentSide), current));
                current = new ArrayList<>();
            }
            for (int j = i; j <= i + 2; j++) {
                if (nearLimit(j) && !current.contains(points.get(j).period())) {
                    current.add(points.get(j).period());
                }
            }
            currentSide = side;
            lastWindowEnd = i + 2;
        }
        if (!current.isEmpty()) {
            found.add(new Signal(Rule.TWO_OF_THREE, Side.of(currentSide), current));
        }
        return found;
    }

    private List<String> periods(int fromInclusive, int toExclusive) {
        return points.subList(fromInclusive, toExclusive).stream().map(Point::period).toList();
    }
}
