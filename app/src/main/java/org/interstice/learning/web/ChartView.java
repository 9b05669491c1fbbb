package org.interstice.learning.web;

import org.interstice.learning.Improvement;
import org.interstice.learning.measure.MeasureChart;
import org.interstice.learning.measure.RuleWords;
import org.interstice.learning.spc.Point;
import org.interstice.learning.spc.Signal;

import java.util.List;
import java.util.Locale;

/**
 * A measure's chart as a page shows it: figures formatted, each signal in words, and (for the report) counts under
 * {@link #SUPPRESS_BELOW} suppressed together with the value they would reveal.
 */
public record ChartView(MeasureChart chart, boolean suppressSmallNumbers) {

    /** Counts below this are not printed in the report, nor the values computed from them. */
    public static final int SUPPRESS_BELOW = 5;

    public record Row(String period, String value, String n, String signals, String state, boolean gap, boolean suppressed) {
    }

    public String id() {
        return chart.measure().code().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + chart.grain().name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return chart.measure().title();
    }

    public String definition() {
        return chart.measure().definition();
    }

    public String unit() {
        return chart.measure().unit();
    }

    public String better() {
        return chart.measure().improvement() == Improvement.UP ? "Higher is better." : "Lower is better.";
    }

    public String improvement() {
        return chart.measure().improvement().name();
    }

    public String mean() {
        return number(chart.chart().mean());
    }

    public String lowerLimit() {
        return number(chart.chart().lowerLimit());
    }

    public String upperLimit() {
        return number(chart.chart().upperLimit());
    }

    public boolean hasLimits() {
        return chart.chart().upperLimit() != null;
    }

    public List<Row> rows() {
        return chart.chart().points().stream().map(this::row).toList();
    }

    private Row row(Point p) {
        if (p.isGap()) {
            return new Row(p.period(), "", "0", "", "gap", true, false);
        }
        String signals = chart.signalsAt(p.period());
        String state = signals.isEmpty() ? "common" : signals.contains("(concern)") ? "concern" : "improvement";
        if (suppressSmallNumbers && p.n() < SUPPRESS_BELOW) {
            return new Row(p.period(), "", "fewer than " + SUPPRESS_BELOW, signals, state, false, true);
        }
        return new Row(p.period(), number(p.value()), Integer.toString(p.n()), signals, state, false, false);
    }

    /** Each signal in a sentence, e.g. "Concern: shift, 7 or more points in a row on one side of the mean (2025-03 to 2025-10)." */
    public List<String> signalSentences() {
        return chart.chart().signals().stream().map(this::signalSentence).toList();
    }

    public String signalSentence(Signal s) {
        List<String> periods = s.periods();
        String when = periods.size() == 1 ? periods.get(0) : periods.get(0) + " to " + periods.get(periods.size() - 1);
        return (chart.improving(s) ? "Improvement: " : "Concern: ") + RuleWords.explain(s.rule()) + " (" + when + ").";
    }

    static String number(Double d) {
        return d == null ? "" : String.format(Locale.UK, "%.1f", d);
    }
}
