package org.interstice.learning.measure;

import org.interstice.learning.Grain;
import org.interstice.learning.Improvement;
import org.interstice.learning.Measure;
import org.interstice.learning.spc.Side;
import org.interstice.learning.spc.Signal;
import org.interstice.learning.spc.XmrChart;

/** One measure at one grain: its points over the window and its XmR chart. */
public record MeasureChart(Measure measure, Grain grain, XmrChart chart) {

    /** Whether a signal points the way the measure should move. */
    public boolean improving(Signal signal) {
        return (signal.side() == Side.HIGH) == (measure.improvement() == Improvement.UP);
    }

    /** The signals that a period is part of, as words for the table: e.g. "shift (concern)". */
    public String signalsAt(String period) {
        return chart.signals().stream().filter(s -> s.periods().contains(period))
                .map(s -> RuleWords.of(s.rule()) + (improving(s) ? " (improvement)" : " (concern)"))
                .distinct()
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
