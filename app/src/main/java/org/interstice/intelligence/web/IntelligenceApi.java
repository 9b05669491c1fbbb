package org.interstice.intelligence.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.SourceType;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agencies' systems send intelligence reports here; refusals are RFC 9457 problem details naming the field. */
@RestController
class IntelligenceApi {

    private final ReportRecording recording;
    private final Agencies agencies;

    IntelligenceApi(ReportRecording recording, Agencies agencies) {
        this.recording = recording;
        this.agencies = agencies;
    }

    /** A report as JSON; release agencies are given by agency code. */
    record ReportRequest(LocalDate reportedOn, SourceType sourceType, UUID sourceSubjectId, String sourceDescription,
                         String body, String sanitisedSummary, String gradingSystem, String source, String information,
                         String handling, String handlingConditions, List<String> releaseAgencyCodes, Set<Role> releaseRoles,
                         List<NewReport.Mention> mentions, List<NewReport.LinkSpec> links) {
    }

    @PostMapping("/api/v1/intelligence/reports")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> record(Viewer viewer, @RequestBody ReportRequest r) {
        Set<UUID> release = new HashSet<>();
        for (String code : r.releaseAgencyCodes() == null ? List.<String>of() : r.releaseAgencyCodes()) {
            var agency = agencies.byCode(code);
            if (agency.isEmpty()) return problem("releaseAgencyCodes", "Unknown agency code " + code);
            release.add(agency.map(Agency::id).get());
        }
        ReportRecording.Outcome outcome = recording.record(viewer, new NewReport(r.reportedOn(), r.sourceType(), r.sourceSubjectId(),
                r.sourceDescription(), r.body(), r.sanitisedSummary(), r.gradingSystem(), r.source(), r.information(), r.handling(),
                r.handlingConditions(), release, r.releaseRoles(), r.mentions(), r.links()));
        if (!outcome.recorded()) return problem(outcome.field(), outcome.reason());
        return ResponseEntity.created(URI.create("/intelligence/reports/" + outcome.reportId()))
                .body(Map.of("id", outcome.reportId(), "reference", outcome.reference(), "persons", outcome.persons().stream()
                        .map(p -> Map.of("personId", p.personId(), "name", p.name(), "resolution", p.decision().name(),
                                "score", p.score())).toList()));
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String reason) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, reason);
        p.setTitle("The report was not recorded");
        p.setProperty("field", field);
        return ResponseEntity.unprocessableEntity().body(p);
    }
}
