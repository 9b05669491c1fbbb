package org.interstice.intelligence.web;

import java.util.List;
import java.util.Map;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.internal.resolution.Persons;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Persons in intelligence found by any name used for them (in reports the caller may see). */
@RestController
class PersonApi {

    private final Persons persons;
    private final Audit audit;

    PersonApi(Persons persons, Audit audit) {
        this.persons = persons;
        this.audit = audit;
    }

    @GetMapping("/api/v1/intelligence/persons")
    @PreAuthorize("hasRole('API')")
    @Transactional
    ResponseEntity<?> search(Viewer viewer, @RequestParam(required = false) String name) {
        if (name == null || name.isBlank()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Give a name to search for");
            p.setTitle("Missing name");
            p.setProperty("field", "name");
            return ResponseEntity.badRequest().body(p);
        }
        audit.read(viewer, "intelligence_person_search", name.strip());
        List<Persons.Found> found = persons.search(viewer, name, 100);
        return ResponseEntity.ok(Map.of("count", found.size(), "persons", found));
    }
}
