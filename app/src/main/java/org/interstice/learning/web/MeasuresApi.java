package org.interstice.learning.web;

import org.interstice.learning.Grain;
import org.interstice.learning.measure.MeasureChart;
import org.interstice.learning.measure.SystemMeasures;
import org.interstice.learning.spc.Signal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The system measures as SPC charts, for other systems and for checking: each measure monthly and weekly, with the
 * points, the mean, the limits and the signals, exactly as the chart engine computed them from these points.
 */
@RestController
class MeasuresApi {

    private final SystemMeasures measures;

    MeasuresApi(SystemMeasures measures) {
        this.measures = measures;
    }

    record PointJson(String period, Double value, int n) {
    }

    record SignalJson(String rule, List<String> periods, String side, String meaning) {
    }

    record MeasureJson(String code, String title, String definition, String unit, String improvement, String period,
                       List<PointJson> points, Double mean, Double lowerLimit, Double upperLimit,
                       List<SignalJson> signals) {
    }

    record MeasuresJson(List<MeasureJson> measures) {
    }

    @GetMapping("/api/v1/measures")
    @PreAuthorize("hasRole('API') and hasAuthority('SCOPE_partnership')")
    MeasuresJson measures(@RequestParam(required = false) Grain period) {
        List<Grain> grains = period == null ? List.of(Grain.MONTH, Grain.WEEK) : List.of(period);
        return new MeasuresJson(grains.stream().flatMap(g -> measures.charts(g).stream()).map(MeasuresApi::json).toList());
    }

    private static MeasureJson json(MeasureChart c) {
        return new MeasureJson(c.measure().code(), c.measure().title(), c.measure().definition(), c.measure().unit(),
                c.measure().improvement().name(), c.grain().name(),
                c.chart().points().stream().map(p -> new PointJson(p.period(), p.value(), p.n())).toList(),
                c.chart().mean(), c.chart().lowerLimit(), c.chart().upperLimit(),
                c.chart().signals().stream().map(s -> signal(c, s)).toList());
    }

    private static SignalJson signal(MeasureChart c, Signal s) {
        return new SignalJson(s.rule().name(), s.periods(), s.side().name(), c.improving(s) ? "IMPROVEMENT" : "CONCERN");
    }
}
