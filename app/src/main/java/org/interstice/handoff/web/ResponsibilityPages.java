package org.interstice.handoff.web;


import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Responsibilities;
import org.interstice.handoff.Responsibility;
import org.interstice.handoff.internal.RegistryEditing;
import org.interstice.handoff.Verdict;
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

import java.util.UUID;

/** The responsibility registry: everyone may read who does what; partnership leads change it. */
@Controller
class ResponsibilityPages {

    private final Responsibilities responsibilities;
    private final RegistryEditing editing;
    private final Agencies agencies;
    private final Users users;

    ResponsibilityPages(Responsibilities responsibilities, RegistryEditing editing, Agencies agencies, Users users) {
        this.responsibilities = responsibilities;
        this.editing = editing;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/who-does-what")
    @PreAuthorize("isAuthenticated() and !hasRole('API') and !hasRole('SYSTEM_ADMINISTRATOR')")
    String registry(Viewer viewer, Model model) {
        model.addAttribute("steps", responsibilities.all());
        model.addAttribute("canEdit", viewer.hasRole(Role.PARTNERSHIP_LEAD));
        return "handoff/registry";
    }

    @GetMapping("/who-does-what/{step}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String edit(@PathVariable String step, Model model) {
        return edit(find(step), model, null);
    }

    @PostMapping("/who-does-what/{step}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String change(Viewer viewer, @PathVariable String step, @RequestParam long version,
            @RequestParam(required = false) UUID agency, @RequestParam(required = false) Role role,
            @RequestParam(required = false) UUID team, @RequestParam(required = false) UUID owner, Model model,
            RedirectAttributes redirect) {
        Verdict verdict = editing.change(step, version, new RegistryEditing.Holder(agency, role, team, owner), viewer);
        if (verdict.refused()) {
            return edit(find(step), model, verdict.reason());
        }
        redirect.addFlashAttribute("notice", "Responsibility changed.");
        return "redirect:/who-does-what";
    }

    private Responsibility find(String step) {
        return responsibilities.responsibleFor(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String edit(Responsibility step, Model model, String error) {
        model.addAttribute("step", step);
        model.addAttribute("error", error);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("teams", users.teams());
        model.addAttribute("people", users.all().stream().filter(u -> u.active()).toList());
        model.addAttribute("roles", Role.values());
        return "handoff/registryEdit";
    }

}
