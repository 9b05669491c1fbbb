package org.interstice.identity.web;

import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.internal.Refusal;
import org.interstice.identity.internal.Reviews;
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

/** The match review queue for MASH officers and intelligence analysts. */
@Controller
@PreAuthorize(SubjectPages.REVIEWS_MATCHES)
class ReviewPages {

    private final Reviews reviews;
    private final Audit audit;

    ReviewPages(Reviews reviews, Audit audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    @GetMapping("/identity/reviews")
    String queue(Model model) {
        model.addAttribute("tasks", reviews.queue(200));
        model.addAttribute("open", reviews.openCount());
        return "identity/reviews";
    }

    @GetMapping("/identity/reviews/{id}")
    String task(Viewer viewer, @PathVariable UUID id, Model model) {
        Reviews.Detail detail = reviews.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.read(viewer, "review_task", id);
        model.addAttribute("detail", detail);
        return "identity/review";
    }

    @PostMapping("/identity/reviews/{id}")
    String decide(Viewer viewer, @PathVariable UUID id, @RequestParam String decision, @RequestParam long version,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String overrideReason,
                  RedirectAttributes redirect) {
        Refusal result = switch (decision) {
            case "confirm" -> reviews.confirm(viewer, id, version, overrideReason);
            case "reject" -> reviews.reject(viewer, id, version, reason);
            case "defer" -> reviews.defer(viewer, id, version, reason);
            default -> Refusal.no("Choose whether these are the same person.");
        };
        if (!result.done()) {
            redirect.addFlashAttribute("problem", result.reason());
            redirect.addFlashAttribute("concerns", result.concerns());
            return "redirect:/identity/reviews/" + id;
        }
        redirect.addFlashAttribute("notice", switch (decision) {
            case "confirm" -> "Confirmed: the records are now one subject.";
            case "reject" -> "Recorded as not the same person. Later imports will not link them.";
            default -> "Deferred: the match stays in the queue.";
        });
        return "redirect:/identity/reviews";
    }
}
