package org.interstice.identity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.AgencyKnowledge;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.internal.PersonSearch;
import org.interstice.identity.internal.SingleView;
import org.interstice.identity.internal.SubjectAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subjects for agency systems: search, and one subject with its agency records and the agencies that know it. */
@RestController
@RequestMapping("/api/v1/subjects")
@PreAuthorize("hasRole('API')")
class SubjectApi {

    private final PersonSearch search;
    private final SingleView singleView;
    private final Audit audit;

    SubjectApi(PersonSearch search, SingleView singleView, Audit audit) {
        this.search = search;
        this.singleView = singleView;
        this.audit = audit;
    }

    record SubjectJson(UUID id, String name, String givenName, String familyName, LocalDate dob, String sex,
                       String ethnicity, int records, List<String> agencies) {
        static SubjectJson of(SubjectSummary s, List<String> agencies) {
            return new SubjectJson(s.id(), s.displayName(), s.givenName(), s.familyName(), s.dateOfBirth(), s.sex(),
                    s.ethnicity(), s.recordCount(), agencies);
        }
    }

    record RecordJson(String agency, String source_system, String source_id, LocalDate first_known, String name, LocalDate dob) {
    }

    record AgencyJson(String code, String name, LocalDate since, int records) {
        static AgencyJson of(AgencyKnowledge k) {
            return new AgencyJson(k.agencyCode(), k.agencyName(), k.since(), k.records());
        }
    }

    record DetailJson(UUID id, String name, String givenName, String familyName, LocalDate dob, String sex,
                      String ethnicity, String nhsNumber, List<RecordJson> records, List<AgencyJson> agencies) {
    }

    @GetMapping
    ResponseEntity<?> find(Viewer viewer, @RequestParam(required = false) String name,
                           @RequestParam(required = false) String dob, @RequestParam(required = false) String postcode,
                           @RequestParam(required = false) String identifier,
                           @RequestParam(defaultValue = "366") int dobToleranceDays) {
        LocalDate date = SubjectPages.parseDate(dob);
        if (dob != null && !dob.isBlank() && date == null) {
            return problem(HttpStatus.BAD_REQUEST, "dob must be a date written YYYY-MM-DD");
        }
        PersonSearch.Query q = new PersonSearch.Query(name, date, Math.max(0, Math.min(dobToleranceDays, 3650)), postcode, identifier);
        if (q.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "give at least one of name, dob, postcode or identifier");
        }
        List<SubjectJson> found = search.find(SubjectAccess.of(viewer), q, 50).stream()
                .map(h -> SubjectJson.of(h.subject(), h.agencies())).toList();
        audit.record(viewer, "PERSON_SEARCH", "subject", "api-search", found.size() + " found");
        return ResponseEntity.ok(found);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(Viewer viewer, @PathVariable UUID id) {
        return singleView.of(id, SubjectAccess.of(viewer)).<ResponseEntity<?>>map(view -> {
            audit.read(viewer, "subject", view.summary().id());
            SubjectSummary s = view.summary();
            return ResponseEntity.ok(new DetailJson(s.id(), s.displayName(), s.givenName(), s.familyName(),
                    s.dateOfBirth(), s.sex(), s.ethnicity(), s.nhsNumber(),
                    view.records().stream().map(r -> new RecordJson(r.agencyCode(), r.sourceSystem(), r.sourceId(),
                            r.firstKnown(), r.name(), r.dob())).toList(),
                    view.agencies().stream().map(AgencyJson::of).toList()));
        }).orElseGet(() -> problem(HttpStatus.NOT_FOUND, "no subject " + id + " that this token may see"));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
