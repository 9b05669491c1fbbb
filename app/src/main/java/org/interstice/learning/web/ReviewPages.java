package org.interstice.learning.web;

import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.learning.internal.Causes;
import org.interstice.learning.internal.Findings;
import org.interstice.learning.internal.ReviewClocks;
import org.interstice.learning.internal.Reviews;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Serious incident reviews: the clocks with owners and the overdue list, findings and recommendations. */
@Controller("learningReviewPages")
class ReviewPages {

    static final String READERS = "hasAnyRole('PARTNERSHIP_LEAD','TEAM_MANAGER','PANEL_CHAIR','AUDITOR')";

    private final Reviews reviews;
    private final Findings findings;
    private final Causes causes;
    private final Agencies agencies;
    private final ReviewClocks clocks;

    ReviewPages(Reviews reviews, Findings findings, Causes causes, Agencies agencies, ReviewClocks clocks) {
        this.reviews = reviews;
        this.findings = findings;
        this.causes = causes;
        this.agencies = agencies;
        this.clocks = clocks;
    }

    @GetMapping("/learning/reviews")
    @PreAuthorize(READERS)
    String list(Viewer viewer, Model model) {
        model.addAttribute("reviews", reviews.list(viewer));
        model.addAttribute("overdue", reviews.overdue());
        model.addAttribute("today", clocks.today());
        model.addAttribute("lead", viewer.hasRole(Role.PARTNERSHIP_LEAD));
        return "learning/reviews";
    }

    @PostMapping("/learning/reviews")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String open(@RequestParam(required = false) UUID incident, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String awareOn, Viewer viewer, RedirectAttributes redirect) {
        Reviews.Result result = reviews.open(incident, title, date(awareOn), viewer);
        if (result.refusal() != null) {
            redirect.addFlashAttribute("error", result.refusal());
            return "redirect:/learning/reviews";
        }
        redirect.addFlashAttribute("notice", "Review opened. The notification to the national panel is due in 5 working days.");
        return "redirect:/learning/reviews/" + result.id();
    }

    @GetMapping("/learning/reviews/{id}")
    @PreAuthorize(READERS)
    String review(@PathVariable UUID id, Viewer viewer, Model model) {
        Reviews.Review review = reviews.byId(id, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Findings.Finding> found = findings.ofReview(id);
        model.addAttribute("review", review);
        model.addAttribute("today", clocks.today());
        model.addAttribute("findings", found);
        model.addAttribute("recommendations", findings.recommendations(found.stream().map(Findings.Finding::id).toList()));
        model.addAttribute("causes", causes.active());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("lead", viewer.hasRole(Role.PARTNERSHIP_LEAD));
        return "learning/review";
    }

    @PostMapping("/learning/reviews/{id}/steps")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String step(@PathVariable UUID id, @RequestParam Reviews.Step step, @RequestParam(defaultValue = "") String on,
                @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
        Reviews.Result result = reviews.record(id, step, date(on), version, viewer);
        redirect.addFlashAttribute(result.refusal() == null ? "notice" : "error",
                result.refusal() == null ? "Recorded" : result.refusal());
        return "redirect:/learning/reviews/" + id;
    }

    @PostMapping("/learning/reviews/{id}/findings")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String finding(@PathVariable UUID id, @RequestParam(defaultValue = "") String cause,
                   @RequestParam(defaultValue = "") String summary, Viewer viewer, RedirectAttributes redirect) {
        String refusal = findings.record(id, null, cause, summary, viewer);
        redirect.addFlashAttribute(refusal == null ? "notice" : "error", refusal == null ? "Finding recorded" : refusal);
        return "redirect:/learning/reviews/" + id;
    }

    @PostMapping("/learning/reviews/{id}/findings/{finding}/recommendations")
    @PreAuthorize("hasRole('PARTNERSHIP_LEAD')")
    String recommend(@PathVariable UUID id, @PathVariable UUID finding, @RequestParam(defaultValue = "") String action,
                     @RequestParam(required = false) UUID agency, @RequestParam(defaultValue = "") String dueOn,
                     Viewer viewer, RedirectAttributes redirect) {
        String refusal = findings.recommend(finding, action, agency, date(dueOn), viewer);
        redirect.addFlashAttribute(refusal == null ? "notice" : "error",
                refusal == null ? "Recommendation sent as an action to the agency" : refusal);
        return "redirect:/learning/reviews/" + id;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
