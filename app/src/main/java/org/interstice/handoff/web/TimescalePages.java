package org.interstice.handoff.web;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.Verdict;
import org.interstice.handoff.internal.DeadlinePolicies;
import org.interstice.handoff.internal.DeadlinePolicy;
import org.interstice.handoff.internal.Period;
import org.interstice.handoff.internal.TimeUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The local hand-off timescales: everyone doing casework can read them; a partnership lead changes them. */
@Controller
class TimescalePages {

    private final DeadlinePolicies policies;

    TimescalePages(DeadlinePolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/handoffs/timescales")
    @PreAuthorize("hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','PANEL_CHAIR','PARTNERSHIP_LEAD','AUDITOR')")
    String timescales(Viewer viewer, Model model) {
        model.addAttribute("policies", policies.allVersioned());
        model.addAttribute("canEdit", viewer.hasRole(Role.PARTNERSHIP_LEAD));
        model.addAttribute("units", TimeUnit.values());
        return "handoff/timescales";
    }

    @PostMapping("/handoffs/timescales/{urgency}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String change(Viewer viewer, @PathVariable Urgency urgency, @RequestParam long version,
            @RequestParam int acknowledgeAmount, @RequestParam TimeUnit acknowledgeUnit,
            @RequestParam int completeAmount, @RequestParam TimeUnit completeUnit,
            @RequestParam int escalateAmount, @RequestParam TimeUnit escalateUnit, RedirectAttributes redirect) {
        Verdict verdict = policies.change(new DeadlinePolicy(urgency, new Period(Math.max(acknowledgeAmount, 0), acknowledgeUnit),
                new Period(Math.max(completeAmount, 0), completeUnit), new Period(Math.max(escalateAmount, 0), escalateUnit)),
                version, viewer);
        redirect.addFlashAttribute(verdict.refused() ? "error" : "notice",
                verdict.refused() ? verdict.reason() : urgency.colour() + " timescales changed. Hand-offs already sent keep their deadlines.");
        return "redirect:/handoffs/timescales";
    }
}
