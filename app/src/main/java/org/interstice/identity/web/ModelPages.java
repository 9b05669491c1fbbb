package org.interstice.identity.web;

import org.interstice.agency.Viewer;
import org.interstice.identity.internal.Models;
import org.interstice.identity.internal.Refusal;
import org.interstice.identity.internal.Retraining;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The linkage model: its weights, its history, and the administrator's "retrain" action. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMINISTRATOR','INTELLIGENCE_ANALYST','MASH_OFFICER')")
class ModelPages {

    private final Models models;
    private final Retraining retraining;

    ModelPages(Models models, Retraining retraining) {
        this.models = models;
        this.retraining = retraining;
    }

    @GetMapping("/admin/linkage-model")
    String model(Viewer viewer, Model model) {
        model.addAttribute("active", models.activeInfo().orElse(null));
        model.addAttribute("history", models.history());
        model.addAttribute("canRetrain", viewer.hasRole(org.interstice.agency.Role.SYSTEM_ADMINISTRATOR));
        return "identity/model";
    }

    @PostMapping("/admin/linkage-model/retrain")
    @PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
    String retrain(Viewer viewer, RedirectAttributes redirect) {
        Refusal result = retraining.retrain(viewer);
        redirect.addFlashAttribute(result.done() ? "notice" : "problem",
                result.done() ? "A new model was trained on the region's records and is now in use." : result.reason());
        return "redirect:/admin/linkage-model";
    }
}
