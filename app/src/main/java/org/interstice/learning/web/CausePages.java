package org.interstice.learning.web;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.learning.internal.Causes;
import org.interstice.learning.internal.SameMistakes;
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

/** The cause taxonomy (the partnership lead configures it) and "the same mistakes" for each cause. */
@Controller
class CausePages {

    static final String READERS = "hasAnyRole('PARTNERSHIP_LEAD','TEAM_MANAGER','PANEL_CHAIR','AUDITOR')";

    private final Causes causes;
    private final SameMistakes sameMistakes;

    CausePages(Causes causes, SameMistakes sameMistakes) {
        this.causes = causes;
        this.sameMistakes = sameMistakes;
    }

    @GetMapping("/learning/causes")
    @PreAuthorize(READERS)
    String taxonomy(Viewer viewer, Model model) {
        model.addAttribute("causes", causes.all());
        model.addAttribute("lead", viewer.hasRole(Role.PARTNERSHIP_LEAD));
        return "learning/causes";
    }

    @PostMapping("/learning/causes")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String add(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String description,
               Viewer viewer, RedirectAttributes redirect) {
        String refusal = causes.add(label, description, viewer);
        redirect.addFlashAttribute(refusal == null ? "notice" : "error", refusal == null ? "Cause added" : refusal);
        return "redirect:/learning/causes";
    }

    @PostMapping("/learning/causes/{code}")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String update(@PathVariable String code, @RequestParam(defaultValue = "") String label,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "false") boolean active,
                  @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
        String refusal = causes.update(code, label, description, active, version, viewer);
        redirect.addFlashAttribute(refusal == null ? "notice" : "error", refusal == null ? "Cause updated" : refusal);
        return "redirect:/learning/causes";
    }

    @GetMapping("/learning/same-mistakes")
    @PreAuthorize(READERS)
    String sameMistakes(Model model) {
        model.addAttribute("records", sameMistakes.byCause());
        return "learning/same-mistakes";
    }

    @GetMapping("/learning/same-mistakes/{code}")
    @PreAuthorize(READERS)
    String cause(@PathVariable String code, Model model) {
        model.addAttribute("cause", causes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("occurrences", sameMistakes.of(code));
        return "learning/same-mistakes-cause";
    }
}
