package org.interstice.learning.web;

import org.interstice.learning.Grain;
import org.interstice.learning.measure.SystemMeasures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The system measures as SPC charts, each with its table. Aggregates only. */
@Controller
class MeasuresPage {

    /** Everyone but system administrators (who have no case or performance access): the figures are aggregates. */
    static final String READERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR',"
            + "'INTELLIGENCE_ANALYST','PANEL_CHAIR','PARTNERSHIP_LEAD','AUDITOR','ELECTED_MEMBER')";

    private final SystemMeasures measures;

    MeasuresPage(SystemMeasures measures) {
        this.measures = measures;
    }

    @GetMapping("/learning/measures")
    @PreAuthorize(READERS)
    String page(@RequestParam(defaultValue = "MONTH") Grain period, Model model) {
        model.addAttribute("grain", period);
        model.addAttribute("charts", measures.charts(period).stream().map(c -> new ChartView(c, false)).toList());
        return "learning/measures";
    }
}
