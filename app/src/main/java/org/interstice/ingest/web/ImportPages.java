package org.interstice.ingest.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.ingest.ExtractColumns;
import org.interstice.ingest.Imports;
import org.interstice.ingest.internal.CanonicalColumn;
import org.interstice.ingest.internal.ImportJobs;
import org.interstice.ingest.internal.MappingProfiles;
import org.interstice.ingest.internal.RejectedRows;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Uploading extracts, watching them import, the import history, and column-mapping profiles. */
@Controller
@PreAuthorize(ImportPages.IMPORTS)
class ImportPages {

    static final String IMPORTS = "hasAnyRole('SYSTEM_ADMINISTRATOR','TEAM_MANAGER')";

    private final Imports imports;
    private final ImportJobs jobs;
    private final MappingProfiles profiles;
    private final RejectedRows rejectedRows;
    private final List<ExtractColumns> extracts;

    ImportPages(Imports imports, ImportJobs jobs, MappingProfiles profiles, RejectedRows rejectedRows,
                List<ExtractColumns> extracts) {
        this.extracts = extracts;
        this.imports = imports;
        this.jobs = jobs;
        this.profiles = profiles;
        this.rejectedRows = rejectedRows;
    }

    @GetMapping("/admin/imports")
    String history(Viewer viewer, Model model) {
        model.addAttribute("imports", imports.history(viewer, 200));
        return "ingest/history";
    }

    @GetMapping("/admin/imports/new")
    String upload(Viewer viewer, Model model) {
        model.addAttribute("profiles", profiles.of(viewer.agencyId()));
        model.addAttribute("problem", null);
        return "ingest/upload";
    }

    @PostMapping("/admin/imports")
    String start(Viewer viewer, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(required = false) String profile,
                 @RequestParam(defaultValue = "false") boolean acceptValidRows, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("profiles", profiles.of(viewer.agencyId()));
            model.addAttribute("problem", file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()
                    ? "Choose a CSV or JSON-lines file to import" : "The selected file is empty: an extract needs at least its header row");
            return "ingest/upload";
        }
        Imports.Submitted submitted = imports.submit(viewer, new Imports.Submission(viewer.agencyCode(),
                file.getOriginalFilename(), file.getBytes(), profile, acceptValidRows));
        if (!submitted.accepted()) {
            model.addAttribute("profiles", profiles.of(viewer.agencyId()));
            model.addAttribute("problem", submitted.refusal());
            return "ingest/upload";
        }
        return "redirect:/admin/imports/" + submitted.id() + (submitted.repeat() ? "?repeat=true" : "");
    }

    private Imports.Status visible(Viewer viewer, UUID id) {
        Imports.Status status = imports.status(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.partnershipWide() && !status.agencyId().equals(viewer.agencyId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return status;
    }

    @GetMapping("/admin/imports/{id}")
    String progress(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean repeat, Model model) {
        model.addAttribute("job", visible(viewer, id));
        model.addAttribute("errors", jobs.errors(id, 100));
        model.addAttribute("repeat", repeat);
        return "ingest/progress";
    }

    /** The figures the progress page's script polls to update itself in place. */
    @GetMapping(value = "/admin/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progressJson(Viewer viewer, @PathVariable UUID id) {
        Imports.Status s = visible(viewer, id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", s.status());
        out.put("phase", s.phase());
        out.put("rows", s.rows());
        out.put("processed", s.processed());
        out.put("percent", s.percent());
        out.put("accepted", s.accepted());
        out.put("rejected", s.rejected());
        out.put("created", s.created());
        out.put("updated", s.updated());
        out.put("unchanged", s.unchanged());
        out.put("sentToReview", s.sentToReview());
        out.put("failure", s.failure());
        return out;
    }

    @GetMapping("/admin/imports/{id}/rejected.csv")
    ResponseEntity<byte[]> rejected(Viewer viewer, @PathVariable UUID id) {
        visible(viewer, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejected-rows-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(rejectedRows.csv(id));
    }

    @GetMapping("/admin/imports/profiles")
    String profiles(Viewer viewer, Model model) {
        return profilesPage(viewer, model, null, null);
    }

    private String profilesPage(Viewer viewer, Model model, String problem, String problemFor) {
        model.addAttribute("profiles", profiles.of(viewer.agencyId()));
        model.addAttribute("columns", CanonicalColumn.values());
        model.addAttribute("others", profiles.others(viewer.agencyId()));
        model.addAttribute("extracts", extracts);
        model.addAttribute("problem", problem);
        model.addAttribute("problemFor", problemFor);
        return "ingest/profiles";
    }

    @PostMapping("/admin/imports/profiles")
    String saveProfile(Viewer viewer, @RequestParam Map<String, String> form, Model model) {
        String name = form.getOrDefault("name", "").trim();
        String extract = form.getOrDefault("extract", "PEOPLE");
        Optional<ExtractColumns> other = extracts.stream().filter(e -> e.extract().equals(extract)).findFirst();
        if (!extract.equals("PEOPLE") && other.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no such kind of extract.");
        }
        if (name.isEmpty()) {
            return profilesPage(viewer, model, "Enter a name for the profile", extract);
        }
        if (other.isPresent()) {
            Map<String, String> headers = new LinkedHashMap<>();
            other.get().columns().forEach(c -> headers.put(c, form.get("col_" + c)));
            profiles.save(viewer, viewer.agencyId(), extract, name, headers);
            return "redirect:/admin/imports/profiles";
        }
        Map<CanonicalColumn, String> headers = new EnumMap<>(CanonicalColumn.class);
        for (CanonicalColumn c : CanonicalColumn.values()) {
            String h = form.get("col_" + c.header());
            if (h != null && !h.isBlank()) {
                headers.put(c, h.trim());
            }
        }
        profiles.save(viewer, viewer.agencyId(), name, headers);
        return "redirect:/admin/imports/profiles";
    }
}
