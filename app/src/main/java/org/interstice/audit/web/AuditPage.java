package org.interstice.audit.web;

import org.interstice.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the audit log, with chain verification. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPage {

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String log(@RequestParam(defaultValue = "") String resourceType, @RequestParam(defaultValue = "") String resourceId,
               @RequestParam(defaultValue = "") String username, Model model) {
        model.addAttribute("entries", trail.recent(resourceType, resourceId, username, 200));
        model.addAttribute("resourceType", resourceType);
        model.addAttribute("resourceId", resourceId);
        model.addAttribute("username", username);
        model.addAttribute("verification", null);
        return "audit/log";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("entries", trail.recent("", "", "", 50));
        model.addAttribute("resourceType", "");
        model.addAttribute("resourceId", "");
        model.addAttribute("username", "");
        model.addAttribute("verification", trail.verify());
        return "audit/log";
    }
}
