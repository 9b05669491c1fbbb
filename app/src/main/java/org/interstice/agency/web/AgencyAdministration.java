package org.interstice.agency.web;

import org.interstice.agency.Agencies;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.Team;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** System administrators add the partnership's agencies and their teams. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
class AgencyAdministration {

    private final Agencies agencies;
    private final Users users;

    AgencyAdministration(Agencies agencies, Users users) {
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/admin/agencies")
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/agencies")
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
               @RequestParam(required = false) AgencyKind kind, @RequestParam(defaultValue = "") String organisation,
               Viewer viewer, Model model, RedirectAttributes redirect) {
        Agencies.Added added = agencies.add(code, name, kind, organisation, viewer);
        if (!added.ok()) {
            return page(model, added.refusal());
        }
        redirect.addFlashAttribute("notice", "Agency added: " + name.trim());
        return "redirect:/admin/agencies";
    }

    @PostMapping("/admin/agencies/{id}/teams")
    String addTeam(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, Viewer viewer, Model model,
                   RedirectAttributes redirect) {
        Agencies.Added added = agencies.addTeam(id, name, viewer);
        if (!added.ok()) {
            return page(model, added.refusal());
        }
        redirect.addFlashAttribute("notice", "Team added: " + name.trim());
        return "redirect:/admin/agencies";
    }

    private String page(Model model, String problem) {
        Map<UUID, List<Team>> teams = users.teams().stream().collect(Collectors.groupingBy(Team::agencyId));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("teams", teams);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("problem", problem);
        return "admin/agencies";
    }
}
