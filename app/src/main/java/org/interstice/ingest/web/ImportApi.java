package org.interstice.ingest.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.identity.PersonIntake;
import org.interstice.ingest.Imports;
import org.interstice.ingest.internal.ImportJobs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports for agency systems: send an extract, follow it, and learn the subject of each record. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('API')")
class ImportApi {

    private final Imports imports;
    private final ImportJobs jobs;
    private final PersonIntake intake;

    ImportApi(Imports imports, ImportJobs jobs, PersonIntake intake) {
        this.imports = imports;
        this.jobs = jobs;
        this.intake = intake;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<?> submit(Viewer viewer, @RequestParam(required = false) MultipartFile file,
                             @RequestParam(required = false) String agency, @RequestParam(required = false) String profile,
                             @RequestParam(name = "accept_valid_rows", defaultValue = "false") boolean acceptValidRows)
            throws IOException {
        if (file == null) {
            return problem(HttpStatus.BAD_REQUEST, "send the extract as the multipart part 'file'");
        }
        if (file.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "the file is empty: an extract needs at least its header row");
        }
        if (agency == null || agency.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "give the sending agency's code as 'agency'");
        }
        Imports.Submitted submitted = imports.submit(viewer, new Imports.Submission(agency, file.getOriginalFilename(),
                file.getBytes(), profile, acceptValidRows));
        if (!submitted.accepted()) {
            HttpStatus status = submitted.refusal().startsWith("You can only") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            return problem(status, submitted.refusal());
        }
        return ResponseEntity.accepted().header("Location", "/api/v1/imports/" + submitted.id())
                .body(Map.of("id", submitted.id()));
    }

    private Imports.Status visible(Viewer viewer, UUID id) {
        return imports.status(id)
                .filter(s -> viewer.partnershipWide() || s.agencyId().equals(viewer.agencyId()))
                .orElse(null);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> status(Viewer viewer, @PathVariable UUID id) {
        Imports.Status s = visible(viewer, id);
        if (s == null) {
            return problem(HttpStatus.NOT_FOUND, "no import " + id + " for this token's agency");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("agency", s.agencyCode());
        out.put("status", s.status());
        out.put("rows", s.rows());
        out.put("accepted", s.accepted());
        out.put("rejected", s.rejected());
        out.put("processed", s.processed());
        out.put("created", s.created());
        out.put("updated", s.updated());
        out.put("unchanged", s.unchanged());
        out.put("sent_to_review", s.sentToReview());
        out.put("failure", s.failure());
        out.put("errors", jobs.errors(id, 1000));
        return ResponseEntity.ok(out);
    }

    @GetMapping("/{id}/records")
    ResponseEntity<?> records(Viewer viewer, @PathVariable UUID id) {
        if (visible(viewer, id) == null) {
            return problem(HttpStatus.NOT_FOUND, "no import " + id + " for this token's agency");
        }
        List<ImportJobs.RowLink> links = jobs.rowLinks(id);
        Map<UUID, UUID> subjects = intake.subjectsOf(links.stream().map(ImportJobs.RowLink::recordId).toList());
        List<Map<String, Object>> out = new ArrayList<>(links.size());
        for (ImportJobs.RowLink link : links) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source_id", link.sourceId());
            row.put("subject_id", subjects.get(link.recordId()));
            out.add(row);
        }
        return ResponseEntity.ok(out);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
