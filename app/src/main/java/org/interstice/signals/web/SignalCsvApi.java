package org.interstice.signals.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.interstice.agency.Viewer;
import org.interstice.ingest.ColumnMappings;
import org.interstice.ingest.ColumnMappings.ColumnMapping;
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
 * ended_at, place, exploitation_indicator, summary} (columns may be missing or in any order), or the agency's own
 * headers named by a saved column-mapping profile ({@code profile}, ingest's profiles for signal extracts). Each row goes through
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
    private final ColumnMappings mappings;

    SignalCsvApi(SignalIntake intake, ColumnMappings mappings) {
        this.intake = intake;
        this.mappings = mappings;
    }

    @PostMapping("/api/v1/signals/csv")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> receive(@RequestParam("file") MultipartFile file,
                              @RequestParam(name = "profile", required = false) String profileName, Viewer viewer)
            throws IOException {
        if (viewer.agencyId() == null) {
            ProblemDetail forbidden = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Signals come from an agency: use your agency's token");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden);
        }
        String name = profileName == null ? "" : profileName.strip();
        ColumnMapping profile = new ColumnMapping(SignalExtract.CODE, "", Map.of());
        if (!name.isEmpty()) {
            Optional<ColumnMapping> saved = name.length() > 200 || name.chars().anyMatch(Character::isISOControl)
                    ? Optional.empty() : mappings.profile(viewer.agencyId(), SignalExtract.CODE, name);
            if (saved.isEmpty()) {
                return problem("profile", "Your agency has no column-mapping profile for signal extracts called '"
                        + shown(name) + "'. Save one at /admin/imports/profiles.");
            }
            profile = saved.get();
        }
        int created = 0;
        int repeated = 0;
        List<Rejected> rejected = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true)
                     .get().parse(reader)) {
            String twice = repeatedHeader(csv.getHeaderNames());
            if (twice != null) {
                return problem("file", "The header row names the column '" + shown(twice)
                        + "' twice. Give each column its own name; nothing was recorded.");
            }
            Columns columns = new Columns(profile, csv.getHeaderNames());
            String missing = columns.missing();
            if (missing != null) {
                return problem("file", "The file has no column '" + shown(profile.headers().get(missing))
                        + "', which profile '" + shown(profile.name()) + "' names for " + missing + ".");
            }
            Iterator<CSVRecord> rows = csv.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException unreadable) {
                    // Commons CSV cannot go past a row it cannot read (a quote never closed): the rows before it stand
                    return unreadable(csv.getRecordNumber() + 2, created, repeated, rejected);
                }
                try {
                    SignalIntake.Recorded recorded = intake.record(viewer, signal(row, columns), SignalIntake.Via.CSV);
                    if (recorded.created()) {
                        created++;
                    } else {
                        repeated++;
                    }
                } catch (SignalRefusal refusal) {
                    rejected.add(new Rejected(row.getRecordNumber() + 1, columns.named(column(refusal.field())),
                            refusal.getMessage()));
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", created);
        body.put("repeated", repeated);
        body.put("rejected", rejected);
        return ResponseEntity.ok(body);
    }

    /** Where each of our columns is in this file: under the profile's header for it, else under its own name. */
    private record Columns(ColumnMapping profile, Map<String, String> headerByLowerCase) {

        Columns(ColumnMapping profile, List<String> fileHeaders) {
            this(profile, byLowerCase(fileHeaders));
        }

        /** A header as the file's column name: without a spreadsheet's byte-order mark or spaces, in lower case. */
        static String key(String header) {
            return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        }

        private static Map<String, String> byLowerCase(List<String> fileHeaders) {
            Map<String, String> out = new HashMap<>();
            // a spreadsheet's byte-order mark stays on the first header: it is no part of the name
            fileHeaders.forEach(h -> out.putIfAbsent(key(h), h));
            return out;
        }

        /** The file's header holding our column, or null when the file has none. */
        String header(String column) {
            return headerByLowerCase.get(profile.headerOf(column));
        }

        /** What the file calls our column (its own header when it has one), for a row error. */
        String named(String column) {
            String header = column == null ? null : header(column);
            return header != null ? header : column;
        }

        /**
         * A column every row needs that the profile names and the file does not have (the profile does not fit the
         * file: every row would be refused), or null. Other columns may be missing, as without a profile.
         */
        String missing() {
            return Stream.of("kind", "source_id").filter(c -> profile.headers().containsKey(c) && header(c) == null)
                    .findFirst().orElse(null);
        }
    }

    /** A header (ignoring case and a spreadsheet's byte-order mark) the file gives twice, or null. */
    private static String repeatedHeader(List<String> headers) {
        Set<String> seen = new HashSet<>();
        for (String h : headers) {
            String key = Columns.key(h);
            if (!key.isEmpty() && !seen.add(key)) {
                return h.replace("\uFEFF", "").strip();
            }
        }
        return null;
    }

    /** The file cannot be read from this row on; what was recorded before it stays recorded. */
    private static ResponseEntity<ProblemDetail> unreadable(long row, int created, int repeated, List<Rejected> rejected) {
        ResponseEntity<ProblemDetail> response = problem("file", "Row " + row + " cannot be read: a value opened with a "
                + "double quote is not closed, so the rest of the file cannot be told apart. The " + (created + repeated)
                + " signals before it were recorded; correct the row and send the file again (signals already recorded are "
                + "not recorded twice).");
        ProblemDetail body = response.getBody();
        body.setProperty("row", row);
        body.setProperty("created", created);
        body.setProperty("repeated", repeated);
        body.setProperty("rejected", rejected);
        return response;
    }

    private static String shown(String text) {
        String plain = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 100 ? plain : plain.substring(0, 100) + "...";
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reason);
        problem.setTitle("The signals were not recorded");
        problem.setProperty("field", field);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static NewSignal signal(CSVRecord row, Columns columns) {
        java.util.function.Function<String, String> value = column -> value(row, columns.header(column));
        String given = value.apply("given_name");
        String family = value.apply("family_name");
        String dob = value.apply("dob");
        NewSignal.Person person = given == null && family == null && dob == null ? null
                : new NewSignal.Person(given, family, TimeInput.date(dob, "person.dob"), value.apply("nhs_number"),
                value.apply("upn"), value.apply("pnc_id"), value.apply("postcode"));
        String exploitation = value.apply("exploitation_indicator");
        return new NewSignal(value.apply("kind"), value.apply("source_id"), TimeInput.uuid(value.apply("subject_id"), "subjectId"),
                person, TimeInput.dateTime(value.apply("occurred_at"), "occurredAt"),
                TimeInput.dateTime(value.apply("ended_at"), "endedAt"), value.apply("place"),
                exploitation != null && (exploitation.equalsIgnoreCase("true") || exploitation.equalsIgnoreCase("y")
                        || exploitation.equals("1")), value.apply("summary"));
    }

    private static String value(CSVRecord row, String column) {
        if (column == null || !row.isMapped(column) || !row.isSet(column)) {
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
