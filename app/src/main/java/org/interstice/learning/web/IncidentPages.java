package org.interstice.learning.web;

import org.interstice.agency.Viewer;
import org.interstice.learning.internal.Causes;
import org.interstice.learning.internal.Findings;
import org.interstice.learning.internal.Incidents;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.UUID;

/** Reporting incidents and near misses (anyone who works with children), and reading them (managers, the learning lead). */
@Controller
class IncidentPages {

    /** Every role that works with cases may report; elected members and system administrators do not. */
    static final String REPORTERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR',"
            + "'INTELLIGENCE_ANALYST','PANEL_CHAIR','PARTNERSHIP_LEAD','AUDITOR')";
    static final String READERS = "hasAnyRole('PARTNERSHIP_LEAD','TEAM_MANAGER','PANEL_CHAIR','MASH_OFFICER','AUDITOR')";

    private final Incidents incidents;
    private final Findings findings;
    private final Causes causes;

    IncidentPages(Incidents incidents, Findings findings, Causes causes) {
        this.incidents = incidents;
        this.findings = findings;
        this.causes = causes;
    }

    @GetMapping("/learning/incidents")
    @PreAuthorize(READERS)
    String list(Viewer viewer, Model model) {
        model.addAttribute("incidents", incidents.list(viewer));
        return "learning/incidents";
    }

    @GetMapping("/learning/incidents/new")
    @PreAuthorize(REPORTERS)
    String form(@RequestParam(required = false) UUID subject, @RequestParam(required = false) UUID handoff,
                @RequestParam(required = false) UUID alarm, Model model) {
        model.addAttribute("form", new IncidentForm("", false, "", "", false, subject, handoff, alarm));
        return "learning/incident-new";
    }

    @PostMapping("/learning/incidents")
    @PreAuthorize(REPORTERS)
    String report(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "false") boolean serious,
                  @RequestParam(defaultValue = "") String occurredOn, @RequestParam(defaultValue = "") String whatHappened,
                  @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) UUID subject,
                  @RequestParam(required = false) UUID handoff, @RequestParam(required = false) UUID alarm,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        IncidentForm form = new IncidentForm(kind, serious, occurredOn, whatHappened, anonymous, subject, handoff, alarm);
        LocalDate date;
        try {
            date = occurredOn.isBlank() ? null : LocalDate.parse(occurredOn);
        } catch (java.time.format.DateTimeParseException e) {
            return refuse(form, "occurredOn", "Enter the date as YYYY-MM-DD, for example 2026-11-30", model);
        }
        Incidents.Kind k = kind.equals("NEAR_MISS") ? Incidents.Kind.NEAR_MISS : kind.equals("INCIDENT") ? Incidents.Kind.INCIDENT : null;
        Incidents.Reported reported = incidents.report(new Incidents.NewIncident(k, serious, date, whatHappened, anonymous,
                subject, handoff, alarm), viewer);
        if (reported.refusal() != null) {
            return refuse(form, reported.field(), reported.refusal(), model);
        }
        redirect.addFlashAttribute("notice", "Thank you. Your report has been sent to the learning lead."
                + (anonymous ? " Your name is shown only to the learning lead." : ""));
        return "redirect:/learning/incidents/new";
    }

    private static String refuse(IncidentForm form, String field, String reason, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errorField", field == null ? "kind" : field);
        model.addAttribute("error", reason);
        return "learning/incident-new";
    }

    @GetMapping("/learning/incidents/{id}")
    @PreAuthorize(READERS)
    String incident(@PathVariable UUID id, Viewer viewer, Model model) {
        Incidents.Incident incident = incidents.byId(id, viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("incident", incident);
        model.addAttribute("findings", findings.ofIncident(id));
        model.addAttribute("causes", causes.active());
        model.addAttribute("lead", viewer.hasRole(org.interstice.agency.Role.PARTNERSHIP_LEAD));
        return "learning/incident";
    }

    @PostMapping("/learning/incidents/{id}/findings")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String finding(@PathVariable UUID id, @RequestParam(defaultValue = "") String cause,
                   @RequestParam(defaultValue = "") String summary, Viewer viewer, RedirectAttributes redirect) {
        String refusal = findings.record(null, id, cause, summary, viewer);
        redirect.addFlashAttribute(refusal == null ? "notice" : "error", refusal == null ? "Finding recorded" : refusal);
        return "redirect:/learning/incidents/" + id;
    }
}
