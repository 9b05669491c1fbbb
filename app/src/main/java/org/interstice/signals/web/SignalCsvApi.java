package org.interstice.signals.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.interstice.agency.Viewer;
import org.interstice.signals.NewSignal;
import org.interstice.signals.SignalIntake;
import org.interstice.signals.SignalRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agency's extract of signals as CSV (multipart {@code file}), one signal a row, with the header
 * {@code kind, source_id, subject_id, given_name, family_name, dob, nhs_number, upn, pnc_id, postcode, occurred_at,
 * ended_at, place, exploitation_indicator, summary} (columns may be missing or in any order). Each row goes through
 * the same intake as the API, in its own transaction, so a bad row is reported (row, field, reason) without stopping
 * the others, and sending the file again creates nothing new.
 */
@RestController
@PreAuthorize("hasRole('API')")
class SignalCsvApi {

    /** A row refused, numbered as in the file (the header is row 1). */
    record Rejected(long row, String field, String reason) {
    }

    private final SignalIntake intake;

    SignalCsvApi(SignalIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/v1/signals/csv")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> receive(@RequestParam("file") MultipartFile file, Viewer viewer) throws IOException {
        if (viewer.agencyId() == null) {
            ProblemDetail forbidden = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Signals come from an agency: use your agency's token");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden);
        }
        int created = 0;
        int repeated = 0;
        List<Rejected> rejected = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            for (CSVRecord row : csv) {
                try {
                    SignalIntake.Recorded recorded = intake.record(viewer, signal(row), SignalIntake.Via.CSV);
                    if (recorded.created()) {
                        created++;
                    } else {
                        repeated++;
                    }
                } catch (SignalRefusal refusal) {
                    rejected.add(new Rejected(row.getRecordNumber() + 1, column(refusal.field()), refusal.getMessage()));
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", created);
        body.put("repeated", repeated);
        body.put("rejected", rejected);
        return ResponseEntity.ok(body);
    }

    private static NewSignal signal(CSVRecord row) {
        String given = value(row, "given_name");
        String family = value(row, "family_name");
        String dob = value(row, "dob");
        NewSignal.Person person = given == null && family == null && dob == null ? null
                : new NewSignal.Person(given, family, TimeInput.date(dob, "person.dob"), value(row, "nhs_number"),
                value(row, "upn"), value(row, "pnc_id"), value(row, "postcode"));
        String exploitation = value(row, "exploitation_indicator");
        return new NewSignal(value(row, "kind"), value(row, "source_id"), TimeInput.uuid(value(row, "subject_id"), "subjectId"),
                person, TimeInput.dateTime(value(row, "occurred_at"), "occurredAt"),
                TimeInput.dateTime(value(row, "ended_at"), "endedAt"), value(row, "place"),
                exploitation != null && (exploitation.equalsIgnoreCase("true") || exploitation.equalsIgnoreCase("y")
                        || exploitation.equals("1")), value(row, "summary"));
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v;
    }

    /** The CSV column a refused field comes from. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "sourceId" -> "source_id";
            case "subjectId" -> "subject_id";
            case "occurredAt" -> "occurred_at";
            case "endedAt" -> "ended_at";
            case "person.given_name" -> "given_name";
            case "person.family_name" -> "family_name";
            case "person.dob" -> "dob";
            default -> field;
        };
    }
}
