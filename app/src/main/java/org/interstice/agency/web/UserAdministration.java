package org.interstice.agency.web;

import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
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

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** System administrators list, open and deactivate user accounts. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
class UserAdministration {

    private final Users users;
    private final Agencies agencies;
    private final Accounts accounts;

    UserAdministration(Users users, Agencies agencies, Accounts accounts) {
        this.users = users;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("agencies", agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
        model.addAttribute("teams", teamsById());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String form(Model model) {
        return form(model, new UserForm("", "", null, null), null);
    }

    @PostMapping("/admin/users")
    String open(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                @RequestParam(required = false) String team, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "") String password, Viewer viewer, Model model,
                RedirectAttributes redirect) {
        Team chosen = team == null || team.isBlank() ? null : teamsById().get(parse(team));
        UserForm form = new UserForm(username, displayName, chosen == null ? null : chosen.id(), role);
        if (chosen == null) {
            return form(model, form, "Select the person's team");
        }
        Accounts.Opened opened = accounts.open(
                new NewAccount(username, displayName, chosen.agencyId(), chosen.id(), role), password, viewer);
        if (!opened.ok()) {
            return form(model, form, opened.refusal());
        }
        redirect.addFlashAttribute("notice", "Account opened for " + opened.user().displayName()
                + " (" + opened.user().username() + ")");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        accounts.deactivate(id, viewer).ifPresentOrElse(
                reason -> redirect.addFlashAttribute("problem", reason),
                () -> redirect.addFlashAttribute("notice", "Account deactivated"));
        return "redirect:/admin/users";
    }

    record UserForm(String username, String displayName, UUID teamId, Role role) {
    }

    private String form(Model model, UserForm form, String problem) {
        model.addAttribute("username", form.username());
        model.addAttribute("displayName", form.displayName());
        model.addAttribute("selectedTeam", form.teamId());
        model.addAttribute("selectedRole", form.role());
        model.addAttribute("problem", problem);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", users.teams());
        model.addAttribute("agencies", agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity())));
        return "admin/user-new";
    }

    private Map<UUID, Team> teamsById() {
        return users.teams().stream().collect(Collectors.toMap(Team::id, Function.identity()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
