package org.interstice.pursuit.web;

import org.interstice.pursuit.*;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interstice.pursuit.internal.Attrition;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Attrition through the pathway, as a chart and a table. Aggregate only, so elected members may see it too.
 */
@Controller
class AttritionPage {

    static final String VIEWERS = "hasAnyRole('INTELLIGENCE_ANALYST','POLICE_INVESTIGATOR','PANEL_CHAIR','PARTNERSHIP_LEAD','ELECTED_MEMBER')";

    private final Attrition attrition;
    private final Clock clock;

    AttritionPage(Attrition attrition, Clock clock) {
        this.attrition = attrition;
        this.clock = clock;
    }

    private Attrition.Report report(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate t = to == null ? today : to;
        LocalDate f = from == null ? t.minusYears(10) : from;
        return attrition.between(f, t);
    }

    @GetMapping("/pursuit/attrition")
    @PreAuthorize(VIEWERS)
    String page(Model model, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        model.addAttribute("report", report(from, to));
        return "pursuit/attrition";
    }

    @GetMapping(value = "/pursuit/attrition/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(VIEWERS)
    @ResponseBody
    Map<String, Object> data(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Attrition.Report r = report(from, to);
        List<String> stages = new ArrayList<>();
        List<Integer> reached = new ArrayList<>(), still = new ArrayList<>();
        List<Integer> median = new ArrayList<>();
        for (Attrition.StageRow row : r.stages()) {
            stages.add(row.stage().label());
            reached.add(row.reached());
            still.add(row.stillHere());
            median.add(row.medianDays());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", r.from().toString());
        out.put("to", r.to().toString());
        out.put("stages", stages);
        out.put("reached", reached);
        out.put("stillHere", still);
        out.put("medianDays", median);
        return out;
    }
}
