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
import java.util.Optional;
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
        return measures.stream().map(m -> chart(m, grain)).toList();
    }

    public Optional<MeasureChart> chart(String code, Grain grain) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst().map(m -> chart(m, grain));
    }

    /** The first day of the first period shown, and the first day of the period now running (excluded). */
    public LocalDate[] window(Grain grain) {
        LocalDate to = grain.startOf(LocalDate.now(clock));
        return new LocalDate[]{grain.minus(to, grain == Grain.MONTH ? months : weeks), to};
    }

    private MeasureChart chart(Measure measure, Grain grain) {
        LocalDate[] window = window(grain);
        Map<LocalDate, Tally> byStart = measure.tally(grain, window[0], window[1]).stream()
                .collect(Collectors.toMap(Tally::periodStart, Function.identity()));
        List<Point> points = new ArrayList<>();
        for (LocalDate start = window[0]; start.isBefore(window[1]); start = grain.next(start)) {
            Tally t = byStart.get(start);
            points.add(t == null ? Point.gap(grain.label(start)) : new Point(grain.label(start), t.value(), t.n()));
        }
        return new MeasureChart(measure, grain, XmrChart.of(points));
    }
}
