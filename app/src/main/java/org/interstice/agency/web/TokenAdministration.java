package org.interstice.agency.web;

import org.interstice.agency.Agencies;
import org.interstice.agency.Viewer;
import org.interstice.agency.internal.ApiTokens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** System administrators issue and revoke agencies' API tokens. A new token is shown once. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
class TokenAdministration {

    private final ApiTokens tokens;
    private final Agencies agencies;

    TokenAdministration(ApiTokens tokens, Agencies agencies) {
        this.tokens = tokens;
        this.agencies = agencies;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(required = false) UUID agency, @RequestParam(defaultValue = "") String name,
                 @RequestParam(required = false) List<String> scopes, Viewer viewer, Model model) {
        ApiTokens.Issued issued = tokens.issue(agency, name, scopes == null ? Set.of() : Set.copyOf(scopes), viewer);
        if (!issued.ok()) {
            return page(model, issued.refusal());
        }
        model.addAttribute("token", issued.token());
        model.addAttribute("name", name.trim());
        return "admin/token-issued";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        tokens.revoke(id, viewer).ifPresentOrElse(
                reason -> redirect.addFlashAttribute("problem", reason),
                () -> redirect.addFlashAttribute("notice", "Token revoked. Systems using it can no longer call the API."));
        return "redirect:/admin/tokens";
    }

    private String page(Model model, String problem) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("scopes", ApiTokens.SCOPES);
        model.addAttribute("problem", problem);
        return "admin/tokens";
    }
}
