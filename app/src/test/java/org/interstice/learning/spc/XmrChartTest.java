package org.interstice.learning.spc;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples for the XmR chart and each Making Data Count rule, as ADR 0070 defines them. The expected figures
 * were worked out by hand (and checked with an independent script), not by running this code.
 */
class XmrChartTest {

    /** Monthly points from January 2025, one per value; a null value is a month without data. */
    private static XmrChart chart(Double... values) {
        List<Point> points = new ArrayList<>();
        YearMonth month = YearMonth.of(2025, 1);
        for (Double v : values) {
            points.add(v == null ? Point.gap(month.toString()) : new Point(month.toString(), v, 10));
            month = month.plusMonths(1);
        }
        return XmrChart.of(points);
    }

    /** The label of the n-th month of a chart (1-based). */
    private static String m(int n) {
        return YearMonth.of(2025, 1).plusMonths(n - 1).toString();
    }

    private static List<String> months(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(m(i));
        }
        return out;
    }

    private static List<Signal> signals(XmrChart chart, Rule rule) {
        return chart.signals().stream().filter(s -> s.rule() == rule).toList();
    }

    // ---- the mean, the moving range and the limits

    @Test
    void theLimitsAreTheMeanPlusOrMinus266TimesTheMeanMovingRange() {
        XmrChart c = chart(10d, 12d, 11d, 13d, 14d);
        // mean 60 / 5 = 12; moving ranges 2, 1, 2, 1: mean 1.5; 2.66 x 1.5 = 3.99
        assertThat(c.mean()).isCloseTo(12.0, within(1e-12));
        assertThat(c.meanMovingRange()).isCloseTo(1.5, within(1e-12));
        assertThat(c.upperLimit()).isCloseTo(15.99, within(1e-12));
        assertThat(c.lowerLimit()).isCloseTo(8.01, within(1e-12));
        assertThat(c.signals()).isEmpty();
    }

    @Test
    void theLowerLimitIsNotClippedAtZeroEvenForAMeasureThatCannotBeNegative() {
        XmrChart c = chart(1d, 5d, 1d, 5d);
        // mean 3; moving ranges 4, 4, 4; lower limit 3 - 2.66 x 4 = -7.64
        assertThat(c.lowerLimit()).isCloseTo(-7.64, within(1e-12));
    }

    @Test
    void aGapTakesNoPartInTheMeanOrTheMovingRangesEitherSideOfIt() {
        XmrChart c = chart(10d, 11d, 10d, null, 11d, 10d, 11d, 10d, 11d, 14d, 14d, 11d, 10d, 11d, 10d, 11d, 10d);
        // 16 values sum to 175: mean 10.9375. 14 adjacent pairs (the two beside the gap are not pairs), ranges sum 17.
        assertThat(c.mean()).isCloseTo(10.9375, within(1e-12));
        assertThat(c.meanMovingRange()).isCloseTo(17.0 / 14, within(1e-12));
    }

    @Test
    void aChartWithoutDataHasNoMeanNoLimitsAndNoSignals() {
        XmrChart c = chart(null, null, null);
        assertThat(c.mean()).isNull();
        assertThat(c.upperLimit()).isNull();
        assertThat(c.lowerLimit()).isNull();
        assertThat(c.signals()).isEmpty();
    }

    @Test
    void pointsWithNoNeighbourHaveAMeanButNoLimits() {
        XmrChart c = chart(4d, null, 6d, null);
        assertThat(c.mean()).isEqualTo(5.0);
        assertThat(c.meanMovingRange()).isNull();
        assertThat(c.upperLimit()).isNull();
        assertThat(c.signals()).isEmpty();
    }

    @Test
    void aFlatSeriesHasItsLimitsOnTheMeanAndAPointExactlyOnALimitIsNotOutsideIt() {
        XmrChart c = chart(5d, 5d, 5d, 5d);
        assertThat(c.upperLimit()).isEqualTo(5.0);
        assertThat(c.lowerLimit()).isEqualTo(5.0);
        assertThat(c.signals()).isEmpty();
    }

    // ---- rule 1: a point outside the limits

    @Test
    void aPointAboveTheUpperLimitIsASignalOnItsOwn() {
        XmrChart c = chart(10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 10d, 30d);
        // mean 124 / 10 = 12.4; ranges 1 x 8 and 20: mean 28 / 9; upper limit 12.4 + 2.66 x 3.111 = 20.68
        assertThat(c.upperLimit()).isCloseTo(12.4 + 2.66 * 28 / 9, within(1e-12));
        assertThat(signals(c, Rule.OUTSIDE_LIMITS)).containsExactly(new Signal(Rule.OUTSIDE_LIMITS, Side.HIGH, List.of(m(10))));
    }

    @Test
    void aPointBelowTheLowerLimitIsASignalPointingLow() {
        XmrChart c = chart(20d, 21d, 20d, 21d, 20d, 21d, 20d, 21d, 20d, 1d);
        assertThat(signals(c, Rule.OUTSIDE_LIMITS)).containsExactly(new Signal(Rule.OUTSIDE_LIMITS, Side.LOW, List.of(m(10))));
    }

    // ---- rule 2: a shift of seven points on one side of the mean

    @Test
    void sevenPointsAboveThenSevenBelowAreTwoShifts() {
        XmrChart c = chart(11d, 12d, 13d, 12d, 11d, 12d, 13d, 9d, 8d, 7d, 8d, 9d, 8d, 7d);
        // mean 140 / 14 = 10
        assertThat(c.mean()).isEqualTo(10.0);
        assertThat(signals(c, Rule.SHIFT)).containsExactly(
                new Signal(Rule.SHIFT, Side.HIGH, months(1, 7)),
                new Signal(Rule.SHIFT, Side.LOW, months(8, 14)));
    }

    @Test
    void sixPointsOnOneSideAreNotAShift() {
        XmrChart c = chart(11d, 12d, 13d, 12d, 11d, 12d, 7d, 9d, 8d, 7d, 8d, 9d, 8d, 7d, 17d);
        // mean 151 / 15 = 10.07: months 1 to 6 above it (six, no shift), months 7 to 14 below (eight, a shift)
        assertThat(signals(c, Rule.SHIFT)).containsExactly(new Signal(Rule.SHIFT, Side.LOW, months(7, 14)));
    }

    @Test
    void aPointExactlyOnTheMeanBreaksAShift() {
        // six above, one on the mean (10), six above, then six below: mean 190 / 19 = 10 exactly
        XmrChart c = chart(12d, 11d, 12d, 11d, 12d, 11d, 10d, 12d, 11d, 12d, 11d, 12d, 11d, 7d, 7d, 7d, 7d, 7d, 7d);
        assertThat(c.mean()).isEqualTo(10.0);
        assertThat(signals(c, Rule.SHIFT)).isEmpty();
    }

    @Test
    void aGapBreaksAShift() {
        XmrChart c = chart(12d, 11d, 12d, 11d, null, 12d, 11d, 12d, 7d, 7d, 7d, 8d);
        // mean 110 / 11 = 10: four above, a gap, three above: no run of seven
        assertThat(c.mean()).isEqualTo(10.0);
        assertThat(signals(c, Rule.SHIFT)).isEmpty();
    }

    @Test
    void aLongShiftIsOneSignalListingEveryPointInIt() {
        XmrChart c = chart(8d, 8d, 8d, 12d, 11d, 12d, 11d, 12d, 11d, 12d, 11d, 12d, 8d, 8d, 8d, 7d, 9d);
        // mean (24 + 104 + 24 + 7 + 9) / 17 = 168 / 17 = 9.88: months 4 to 12 above it (9 points)
        assertThat(signals(c, Rule.SHIFT)).containsExactly(new Signal(Rule.SHIFT, Side.HIGH, months(4, 12)));
    }

    @Test
    void aRunThatCrossesTheMeanIsTwoRunsNotOne() {
        // four above then four below, twice: crossing the mean restarts the count each time
        XmrChart c = chart(11d, 12d, 11d, 12d, 9d, 8d, 9d, 8d, 11d, 12d, 11d, 12d, 9d, 8d, 9d, 8d);
        assertThat(c.mean()).isEqualTo(10.0);
        assertThat(signals(c, Rule.SHIFT)).isEmpty();
    }

    // ---- rule 3: a trend of seven points rising or falling

    @Test
    void sevenRisingPointsAreATrendStartingAtTheLowest() {
        XmrChart c = chart(5d, 4d, 1d, 2d, 3d, 4d, 5d, 6d, 7d, 5d);
        assertThat(signals(c, Rule.TREND)).containsExactly(new Signal(Rule.TREND, Side.HIGH, months(3, 9)));
    }

    @Test
    void sixRisingPointsAreNotATrend() {
        XmrChart c = chart(5d, 1d, 2d, 3d, 4d, 5d, 6d, 5d);
        assertThat(signals(c, Rule.TREND)).isEmpty();
    }

    @Test
    void anEqualValueBreaksATrend() {
        XmrChart c = chart(1d, 2d, 3d, 3d, 4d, 5d, 6d, 7d);
        assertThat(signals(c, Rule.TREND)).isEmpty();
    }

    @Test
    void aGapBreaksATrend() {
        XmrChart c = chart(1d, 2d, 3d, null, 4d, 5d, 6d, 7d);
        assertThat(signals(c, Rule.TREND)).isEmpty();
    }

    @Test
    void aFallingTrendOfEightListsAllEight() {
        XmrChart c = chart(9d, 8d, 7d, 6d, 5d, 4d, 3d, 2d, 5d);
        assertThat(signals(c, Rule.TREND)).containsExactly(new Signal(Rule.TREND, Side.LOW, months(1, 8)));
    }

    @Test
    void aPeakEndsARisingTrendAndStartsAFallingOne() {
        XmrChart c = chart(1d, 2d, 3d, 4d, 5d, 6d, 7d, 6d, 5d, 4d, 3d, 2d, 1d);
        assertThat(signals(c, Rule.TREND)).containsExactly(
                new Signal(Rule.TREND, Side.HIGH, months(1, 7)),
                new Signal(Rule.TREND, Side.LOW, months(7, 13)));
    }

    @Test
    void aTrendMayCrossTheMean() {
        XmrChart c = chart(1d, 2d, 3d, 4d, 5d, 6d, 7d);
        // mean 4: the trend runs from below the mean to above it and is still one trend
        assertThat(signals(c, Rule.TREND)).containsExactly(new Signal(Rule.TREND, Side.HIGH, months(1, 7)));
        assertThat(signals(c, Rule.SHIFT)).isEmpty();
    }

    // ---- rule 4: two of three points beyond two-thirds of the way to a limit, on one side

    @Test
    void twoOfThreePointsNearTheUpperLimitWithAllThreeAboveTheMeanAreASignal() {
        XmrChart c = chart(10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 14d, 12d, 14d, 10d, 11d, 10d, 11d, 10d);
        // mean 197 / 18 = 10.944; ranges sum 24 over 17: 1.412; near limit 10.944 + 1.7733 x 1.412 = 13.448;
        // upper limit 14.700: months 11 and 13 (14) are near, month 12 (12) is above the mean
        assertThat(c.upperLimit()).isCloseTo(197.0 / 18 + 2.66 * 24 / 17, within(1e-12));
        assertThat(signals(c, Rule.TWO_OF_THREE)).containsExactly(new Signal(Rule.TWO_OF_THREE, Side.HIGH, List.of(m(11), m(13))));
        assertThat(signals(c, Rule.OUTSIDE_LIMITS)).isEmpty();
    }

    @Test
    void twoOfThreeNeedsAllThreePointsOnTheSameSideOfTheMean() {
        XmrChart c = chart(10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 14d, 10.5, 14d, 10d, 11d, 10d, 11d, 10d);
        // mean 10.861: month 12 (10.5) is below it, so the window 11-13 does not count
        assertThat(c.mean()).isCloseTo(195.5 / 18, within(1e-12));
        assertThat(signals(c, Rule.TWO_OF_THREE)).isEmpty();
    }

    @Test
    void overlappingWindowsOfTwoOfThreeAreOneSignalAndAGapIsIgnoredInTheLimits() {
        XmrChart c = chart(10d, 11d, 10d, null, 11d, 10d, 11d, 10d, 11d, 14d, 14d, 11d, 10d, 11d, 10d, 11d, 10d);
        // near limit 10.9375 + 1.7733 x 17/14 = 13.09: months 10 and 11; windows 9-11 and 10-12 both qualify
        assertThat(signals(c, Rule.TWO_OF_THREE)).containsExactly(new Signal(Rule.TWO_OF_THREE, Side.HIGH, List.of(m(10), m(11))));
    }

    @Test
    void aPointOutsideTheLimitsDoesNotCountTowardsTwoOfThree() {
        XmrChart c = chart(10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 10d, 11d, 18d, 14.5, 12d, 10d, 11d, 10d, 11d, 10d);
        // mean 11.125, upper limit 15.325, near limit 13.925: month 13 is outside, month 14 near, month 15 above
        assertThat(signals(c, Rule.OUTSIDE_LIMITS)).containsExactly(new Signal(Rule.OUTSIDE_LIMITS, Side.HIGH, List.of(m(13))));
        assertThat(signals(c, Rule.TWO_OF_THREE)).isEmpty();
    }

    @Test
    void twoOfThreeBelowTheMeanPointsLow() {
        XmrChart c = chart(20d, 19d, 20d, 19d, 20d, 19d, 20d, 19d, 20d, 19d, 16d, 18d, 16d, 20d, 19d, 20d, 19d, 20d);
        // the mirror image of the first two-of-three example
        assertThat(signals(c, Rule.TWO_OF_THREE)).containsExactly(new Signal(Rule.TWO_OF_THREE, Side.LOW, List.of(m(11), m(13))));
    }
}
