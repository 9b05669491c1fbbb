package org.interstice.intelligence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.SourceType;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.internal.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Intelligence pages: the list of reports, recording a report, and reading one. */
@Controller
class IntelligencePages {

    static final String READERS = "hasAnyRole('INTELLIGENCE_ANALYST','POLICE_INVESTIGATOR','PANEL_CHAIR','PARTNERSHIP_LEAD')";
    static final String RECORDERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','INTELLIGENCE_ANALYST')";

    private final Reports reports;
    private final ReportRecording recording;
    private final Agencies agencies;
    private final Clock clock;

    IntelligencePages(Reports reports, ReportRecording recording, Agencies agencies, Clock clock) {
        this.reports = reports;
        this.recording = recording;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/intelligence")
    @PreAuthorize(READERS)
    String list(Viewer viewer, Model model) {
        model.addAttribute("reports", reports.recent(viewer, 200));
        model.addAttribute("canRecord", viewer.role() == Role.POLICE_INVESTIGATOR || viewer.role() == Role.INTELLIGENCE_ANALYST);
        return "intelligence/list";
    }

    @GetMapping("/intelligence/new")
    @PreAuthorize(RECORDERS)
    String form(Model model) {
        return form(model, ReportForm.empty(LocalDate.now(clock)), null, null);
    }

    @PostMapping("/intelligence")
    @PreAuthorize(RECORDERS)
    String record(Viewer viewer, @ModelAttribute ReportForm form, Model model) {
        ReportRecording.Outcome outcome;
        try {
            outcome = recording.record(viewer, form.toReport());
        } catch (ReportForm.FieldProblem p) {
            return form(model, form, p.field, p.getMessage());
        }
        if (!outcome.recorded()) return form(model, form, outcome.field(), outcome.reason());
        return "redirect:/intelligence/recorded/" + outcome.reference();
    }

    @GetMapping("/intelligence/recorded/{reference}")
    @PreAuthorize(RECORDERS)
    String recorded(@PathVariable String reference, Viewer viewer, Model model) {
        if (!reference.matches("IR-\\d{4}-\\d{6}")) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("reference", reference);
        model.addAttribute("canRead", viewer.role() == Role.POLICE_INVESTIGATOR || viewer.role() == Role.INTELLIGENCE_ANALYST);
        return "intelligence/recorded";
    }

    @GetMapping("/intelligence/reports/{id}")
    @PreAuthorize(READERS)
    String report(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("report", reports.report(viewer, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "intelligence/report";
    }

    private String form(Model model, ReportForm form, String errorField, String error) {
        model.addAttribute("form", form);
        model.addAttribute("errorField", errorField);
        model.addAttribute("error", error);
        model.addAttribute("sourceTypes", List.of(SourceType.values()));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("roles", List.of(Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST, Role.MASH_OFFICER,
                Role.PANEL_CHAIR, Role.TEAM_MANAGER, Role.PRACTITIONER));
        return "intelligence/new";
    }

}
