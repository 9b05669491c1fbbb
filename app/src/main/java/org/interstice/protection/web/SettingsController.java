package org.interstice.protection.web;

import org.interstice.agency.Viewer;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.config.LocalPolicy;
import org.interstice.protection.config.ProtectionSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's local policy for protection: timescales, scores, RAG, vocabulary and indicators. */
@Controller("protectionSettingsController")
@PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
class SettingsController {

    private final ProtectionSettings settings;
    private final LocalPolicy policy;

    SettingsController(ProtectionSettings settings, LocalPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    @GetMapping("/protection/settings")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String show(Model model) {
        model.addAttribute("page", new SettingsPage(settings.all(), policy.ragRatings(), policy.vocabularies(),
                policy.indicators(), (FormError) model.getAttribute("error")));
        return "protection/settings";
    }

    @PostMapping("/protection/settings/values/{key}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String setting(@PathVariable String key, @RequestParam(required = false) Integer value, @RequestParam int version,
                   Viewer viewer, RedirectAttributes redirect) {
        return run(redirect, "setting-" + key, () -> policy.changeSetting(key, value, version, viewer));
    }

    @PostMapping("/protection/settings/rag/{code}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String rag(@PathVariable String code, @RequestParam(required = false) Integer hours, @RequestParam int version,
               Viewer viewer, RedirectAttributes redirect) {
        return run(redirect, "rag-" + code, () -> policy.changeRag(code, hours, version, viewer));
    }

    @PostMapping("/protection/settings/vocabulary")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String vocabulary(@RequestParam(required = false) String vocabulary, Viewer viewer, RedirectAttributes redirect) {
        return run(redirect, "vocabulary", () -> policy.chooseVocabulary(vocabulary, viewer));
    }

    @PostMapping("/protection/settings/indicators/{code}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String indicator(@PathVariable String code, @RequestParam boolean active, @RequestParam int version, Viewer viewer,
                     RedirectAttributes redirect) {
        return run(redirect, "indicator-" + code, () -> policy.setIndicatorActive(code, active, version, viewer));
    }

    private static String run(RedirectAttributes redirect, String form, Runnable change) {
        try {
            change.run();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError(form, refusal.field(), refusal.getMessage()));
        }
        return "redirect:/protection/settings";
    }
}
