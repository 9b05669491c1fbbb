package org.interstice.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.internal.Merges;
import org.interstice.identity.internal.PersonSearch;
import org.interstice.identity.internal.RecordMoves;
import org.interstice.identity.internal.Refusal;
import org.interstice.identity.internal.SingleView;
import org.interstice.identity.internal.SubjectAccess;
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

/** Person search and the single view of a subject. */
@Controller
class SubjectPages {

    static final String SEES_SUBJECTS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR',"
            + "'INTELLIGENCE_ANALYST','PANEL_CHAIR')";
    static final String REVIEWS_MATCHES = "hasAnyRole('MASH_OFFICER','INTELLIGENCE_ANALYST')";

    private final PersonSearch search;
    private final SingleView singleView;
    private final Merges merges;
    private final RecordMoves moves;
    private final Audit audit;

    SubjectPages(PersonSearch search, SingleView singleView, Merges merges, RecordMoves moves, Audit audit) {
        this.search = search;
        this.singleView = singleView;
        this.merges = merges;
        this.moves = moves;
        this.audit = audit;
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/subjects")
    @PreAuthorize(SEES_SUBJECTS)
    String search(Viewer viewer, @RequestParam(required = false) String name, @RequestParam(required = false) String dob,
                  @RequestParam(required = false) String postcode, @RequestParam(required = false) String identifier,
                  @RequestParam(defaultValue = "1") int tolerance, Model model) {
        LocalDate date = parseDate(dob);
        String dobError = dob != null && !dob.isBlank() && date == null ? "Enter a date of birth as YYYY-MM-DD, for example 2011-03-04" : null;
        SearchForm form = new SearchForm(name, dob, postcode, identifier, Math.max(0, Math.min(tolerance, 5)), dobError);
        PersonSearch.Query q = new PersonSearch.Query(name, date, form.tolerance() * 365, postcode, identifier);
        List<PersonSearch.Hit> hits = q.isEmpty() ? List.of() : search.find(SubjectAccess.of(viewer), q, 50);
        if (!q.isEmpty()) {
            audit.record(viewer, "PERSON_SEARCH", "subject", "search", hits.size() + " found");
        }
        model.addAttribute("form", form);
        model.addAttribute("searched", !q.isEmpty());
        model.addAttribute("hits", hits);
        return "identity/search";
    }

    @GetMapping("/subjects/{id}")
    @PreAuthorize(SEES_SUBJECTS)
    String subject(Viewer viewer, @PathVariable UUID id, Model model) {
        SingleView.View view = singleView.of(id, SubjectAccess.of(viewer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!view.summary().id().equals(id)) {
            return "redirect:/subjects/" + view.summary().id();
        }
        audit.read(viewer, "subject", id);
        model.addAttribute("view", view);
        model.addAttribute("canMerge", viewer.hasRole(org.interstice.agency.Role.MASH_OFFICER)
                || viewer.hasRole(org.interstice.agency.Role.INTELLIGENCE_ANALYST));
        return "identity/subject";
    }

    @PostMapping("/subjects/{id}/merge")
    @PreAuthorize(REVIEWS_MATCHES)
    String merge(Viewer viewer, @PathVariable UUID id, @RequestParam String other,
                 @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        UUID otherId;
        try {
            otherId = UUID.fromString(other.trim());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Enter the other subject's reference, as shown on its page.");
            return "redirect:/subjects/" + id;
        }
        if (singleView.of(otherId, SubjectAccess.of(viewer)).isEmpty()) {
            redirect.addFlashAttribute("problem", "There is no subject with that reference.");
            return "redirect:/subjects/" + id;
        }
        Refusal result = merges.merge(viewer, id, otherId, overrideReason);
        if (!result.done()) {
            redirect.addFlashAttribute("problem", result.reason());
            redirect.addFlashAttribute("concerns", result.concerns());
            redirect.addFlashAttribute("otherSubject", otherId.toString());
        } else {
            redirect.addFlashAttribute("notice", "The subjects were merged. The merge can be split again below.");
        }
        return "redirect:/subjects/" + id;
    }

    @PostMapping("/identity/merges/{mergeId}/split")
    @PreAuthorize(REVIEWS_MATCHES)
    String split(Viewer viewer, @PathVariable UUID mergeId, @RequestParam UUID subject,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Refusal result = merges.split(viewer, mergeId, reason);
        if (!result.done()) {
            redirect.addFlashAttribute("problem", result.reason());
            return "redirect:/subjects/" + subject;
        }
        redirect.addFlashAttribute("notice", "The merge was split: both subjects have the records they had before it.");
        return "redirect:/subjects/" + subject;
    }

    @PostMapping("/identity/moves/{moveId}/undo")
    @PreAuthorize(REVIEWS_MATCHES)
    String undoMove(Viewer viewer, @PathVariable UUID moveId, @RequestParam UUID subject,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Refusal result = moves.undo(viewer, moveId, reason);
        if (!result.done()) {
            redirect.addFlashAttribute("problem", result.reason());
            return "redirect:/subjects/" + subject;
        }
        redirect.addFlashAttribute("notice", "The records were put back. Later re-evaluations will leave them here.");
        return "redirect:/subjects/" + result.subjectId();
    }
}
