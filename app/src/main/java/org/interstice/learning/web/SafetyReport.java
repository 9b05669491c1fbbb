package org.interstice.learning.web;

import org.interstice.learning.Grain;
import org.interstice.learning.internal.SameMistakes;
import org.interstice.learning.measure.MeasureChart;
import org.interstice.learning.measure.SystemMeasures;
import org.interstice.learning.spc.Point;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The monthly system safety report for the partnership and elected members: each measure's latest month against its
 * chart, what changed (special causes in the last six months), open actions by cause, and the charts with their
 * tables. Aggregates only;
 * counts under five are suppressed with the values they would reveal. Printable.
 */
@Controller
class SafetyReport {

    /** Signals touching this many of the latest months are "what changed". */
    static final int RECENT_MONTHS = 6;

    private final SystemMeasures measures;
    private final SameMistakes sameMistakes;
    private final Clock clock;

    SafetyReport(SystemMeasures measures, SameMistakes sameMistakes, Clock clock) {
        this.measures = measures;
        this.sameMistakes = sameMistakes;
        this.clock = clock;
    }


    @GetMapping("/learning/report")
    @PreAuthorize(MeasuresPage.READERS)
    String report(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth shown = month == null || month.isAfter(last) ? last : month;
        List<MeasureChart> charts = measures.charts(Grain.MONTH, shown.plusMonths(1).atDay(1));
        List<ChartView> views = charts.stream().map(c -> new ChartView(c, true)).toList();
        model.addAttribute("month", shown.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
        model.addAttribute("monthValue", shown.toString());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.equals(last) ? null : shown.plusMonths(1).toString());
        model.addAttribute("summaries", views.stream().map(v -> summary(v, shown)).toList());
        model.addAttribute("charts", views);
        model.addAttribute("recentMonths", RECENT_MONTHS);
        model.addAttribute("openActions", sameMistakes.byCause().stream().filter(r -> r.openActions() > 0)
                .map(r -> new OpenActions(r.label(), r.openActions() < ChartView.SUPPRESS_BELOW
                        ? "fewer than " + ChartView.SUPPRESS_BELOW : Integer.toString(r.openActions())))
                .toList());
        return "learning/report";
    }

    private static ReportLine summary(ChartView view, YearMonth month) {
        List<Point> points = view.chart().chart().points();
        Point latest = points.get(points.size() - 1);
        List<String> recent = points.subList(Math.max(0, points.size() - RECENT_MONTHS), points.size()).stream()
                .map(Point::period).toList();
        List<String> changes = view.chart().chart().signals().stream()
                .filter(s -> s.periods().stream().anyMatch(recent::contains))
                .map(s -> view.signalSentence(s)).distinct().toList();
        boolean hidden = latest.isGap() || latest.n() < ChartView.SUPPRESS_BELOW;
        return new ReportLine(view.title(), view.unit(),
                latest.isGap() ? "no data" : hidden ? "suppressed" : ChartView.number(latest.value()),
                latest.isGap() ? "0" : hidden ? "fewer than " + ChartView.SUPPRESS_BELOW : Integer.toString(latest.n()),
                view.mean(), view.hasLimits() ? view.lowerLimit() + " to " + view.upperLimit() : "", view.better(), changes);
    }
}
