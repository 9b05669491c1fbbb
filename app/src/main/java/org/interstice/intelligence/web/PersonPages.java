package org.interstice.intelligence.web;

import java.util.List;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.internal.resolution.PersonJoins;
import org.interstice.intelligence.internal.resolution.Persons;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Persons in intelligence: search by any name used for them, a person's known names and descriptions, and the
 * analysts' "may be the same man" queue where reviews are decided (join or keep apart) and joins undone.
 */
@Controller
class PersonPages {

    static final String ANALYSTS = "hasAnyRole('INTELLIGENCE_ANALYST','POLICE_INVESTIGATOR')";

    private final Persons persons;
    private final PersonJoins joins;
    private final Audit audit;

    PersonPages(Persons persons, PersonJoins joins, Audit audit) {
        this.persons = persons;
        this.joins = joins;
        this.audit = audit;
    }

    @GetMapping("/intelligence/persons")
    @PreAuthorize(IntelligencePages.READERS)
    @Transactional
    String search(Viewer viewer, @RequestParam(required = false) String name, Model model) {
        List<Persons.Found> found = name == null || name.isBlank() ? List.of() : persons.search(viewer, name, 100);
        if (name != null && !name.isBlank()) audit.read(viewer, "intelligence_person_search", name.strip());
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("found", found);
        model.addAttribute("searched", name != null && !name.isBlank());
        model.addAttribute("pendingReviews", persons.pendingReviews());
        return "intelligence/persons";
    }

    @GetMapping("/intelligence/persons/{id}")
    @PreAuthorize(IntelligencePages.READERS)
    @Transactional
    String person(@PathVariable UUID id, Viewer viewer, Model model) {
        Persons.Person p = persons.person(viewer, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.read(viewer, "intelligence_person", id);
        model.addAttribute("person", p);
        model.addAttribute("canDecide", analyst(viewer));
        return "intelligence/person";
    }

    @GetMapping("/intelligence/persons/reviews")
    @PreAuthorize(ANALYSTS)
    @Transactional
    String reviews(Viewer viewer, Model model) {
        audit.read(viewer, "intelligence_person_reviews", "queue");
        model.addAttribute("clusters", persons.clusters(viewer, 200));
        return "intelligence/reviews";
    }

    @PostMapping("/intelligence/persons/reviews/{id}")
    @PreAuthorize(ANALYSTS)
    String decide(@PathVariable UUID id, Viewer viewer, @RequestParam String decision, @RequestParam int version,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        if (!decision.equals("join") && !decision.equals("apart")) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        PersonJoins.Result r = joins.decide(viewer, id, version, decision.equals("join"), reason);
        flash.addFlashAttribute(r.done() ? "notice" : "problem", r.done()
                ? (decision.equals("join") ? "Joined as one man." : "Kept apart.") : r.refusal());
        return "redirect:/intelligence/persons/reviews";
    }

    @PostMapping("/intelligence/persons/joins/{id}/split")
    @PreAuthorize(ANALYSTS)
    String split(@PathVariable UUID id, Viewer viewer, @RequestParam UUID person, @RequestParam(required = false) String reason,
                 RedirectAttributes flash) {
        PersonJoins.Result r = joins.split(viewer, id, reason);
        flash.addFlashAttribute(r.done() ? "notice" : "problem", r.done() ? "The join was undone: they are two persons again." : r.refusal());
        return "redirect:/intelligence/persons/" + person;
    }

    private static boolean analyst(Viewer viewer) {
        return viewer.role() == org.interstice.agency.Role.INTELLIGENCE_ANALYST || viewer.role() == org.interstice.agency.Role.POLICE_INVESTIGATOR;
    }
}
