package org.interstice.learning.measure;

import org.interstice.learning.Grain;
import org.interstice.learning.Measure;
import org.interstice.learning.Tally;
import org.interstice.learning.spc.Point;
import org.interstice.learning.spc.XmrChart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every system measure as an XmR chart over the last complete periods (the period now running is left out: a part
 * period would look like a change). Computed from live data on every call; nothing is stored.
 */
@Component
public class SystemMeasures {

    private final List<Measure> measures;
    private final Clock clock;
    private final int months;
    private final int weeks;

    SystemMeasures(List<Measure> measures, Clock clock,
                   @Value("${interstice.learning.measures.months:24}") int months,
                   @Value("${interstice.learning.measures.weeks:52}") int weeks) {
        this.measures = measures.stream().sorted(Comparator.comparingInt(Measure::order).thenComparing(Measure::code)).toList();
        this.clock = clock;
        this.months = months;
        this.weeks = weeks;
    }

    public List<Measure> measures() {
        return measures;
    }

    public List<MeasureChart> charts(Grain grain) {
        return charts(grain, grain.startOf(LocalDate.now(clock)));
    }

    /** The charts of the complete periods before {@code end} (a period's first day), e.g. for a past month's report. */
    public List<MeasureChart> charts(Grain grain, LocalDate end) {
        LocalDate to = grain.startOf(end);
        LocalDate from = grain.minus(to, grain == Grain.MONTH ? months : weeks);
        return measures.stream().map(m -> chart(m, grain, from, to)).toList();
    }


    private MeasureChart chart(Measure measure, Grain grain, LocalDate from, LocalDate to) {
        Map<LocalDate, Tally> byStart = measure.tally(grain, from, to).stream()
                .collect(Collectors.toMap(Tally::periodStart, Function.identity()));
        List<Point> points = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); start = grain.next(start)) {
            Tally t = byStart.get(start);
            points.add(t == null ? Point.gap(grain.label(start)) : new Point(grain.label(start), t.value(), t.n()));
        }
        return new MeasureChart(measure, grain, XmrChart.of(points));
    }
}
