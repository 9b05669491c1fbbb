package org.interstice.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.interstice.identity.IncomingPerson;

/**
 * Reads an extract and checks it: the file as a whole (its encoding, its header and the columns a profile needs),
 * then every row, structurally (the reader) and value by value (the validator), and that each person appears
 * once. Writes nothing.
 */
final class ExtractCheck {

    /** The people to import with their row numbers, every problem found, and why the whole file failed if it did. */
    record Outcome(int rows, List<IncomingPerson> persons, List<Integer> rowNumbers, List<RowError> errors,
                   int rejected, String fileProblem) {
    }

    private ExtractCheck() {
    }

    static Outcome check(ExtractReader.Format format, byte[] content, ColumnProfile profile, RowValidator validator) {
        List<RowError> errors = new ArrayList<>();
        if (format == ExtractReader.Format.CSV) {
            ExtractReader.Extract head = ExtractReader.csvHeader(content);
            List<RowError> problems = head.readable() ? requiredColumns(head.headers(), profile) : head.fileProblems();
            if (!problems.isEmpty()) {
                return failed(problems);
            }
        }
        List<IncomingPerson> persons = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        int[] rejected = new int[1];
        Map<String, Integer> firstRowOf = new HashMap<>();
        ExtractReader.Extract extract = ExtractReader.read(format, content, row -> {
            if (!row.readable()) {
                errors.addAll(row.problems());
                rejected[0]++;
                return;
            }
            RowValidator.Result result = validator.validate(row.number(), profile.canonical(row.values()));
            if (!result.accepted()) {
                errors.addAll(result.errors());
                rejected[0]++;
                return;
            }
            Integer first = firstRowOf.putIfAbsent(result.person().sourceId(), row.number());
            if (first != null) {
                errors.add(new RowError(row.number(), "source_id", result.person().sourceId(),
                        "appears more than once in this file (first at row " + first + "); each person must appear once"));
                rejected[0]++;
                return;
            }
            persons.add(result.person());
            rowNumbers.add(row.number());
        });
        if (!extract.readable()) {
            return failed(extract.fileProblems());
        }
        return new Outcome(extract.rows(), persons, rowNumbers, errors, rejected[0], null);
    }

    private static Outcome failed(List<RowError> problems) {
        RowError first = problems.get(0);
        String what = switch (first.column()) {
            case "(file)" -> "the file " + first.rule();
            case "(header)" -> "the header " + first.rule();
            default -> "in the header, '" + first.column() + "' " + first.rule();
        };
        return new Outcome(0, List.of(), List.of(), List.copyOf(problems), 0, "Nothing was imported: " + what + ".");
    }

    /** A profile's source id column and at least one of its name columns must be in the header. */
    static List<RowError> requiredColumns(List<String> headers, ColumnProfile profile) {
        Set<String> present = headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String found = headers.isEmpty() ? "none" : headers.stream().filter(h -> !h.isEmpty()).map(h -> "'" + FieldText.shown(h) + "'")
                .limit(20).collect(Collectors.joining(", "));
        String hint = headers.size() == 1 && (headers.get(0).contains(";") || headers.get(0).contains("\t"))
                ? " The header has only one column: is the file separated by semicolons or tabs rather than commas?" : "";
        List<RowError> missing = new ArrayList<>();
        String sourceId = profile.headerOf(CanonicalColumn.SOURCE_ID);
        if (!present.contains(sourceId)) {
            missing.add(new RowError(0, sourceId, "", "is not a column of the file; it must be, as it holds the agency's "
                    + "own id for each person. The columns found are " + found + "." + hint));
        }
        String given = profile.headerOf(CanonicalColumn.GIVEN_NAME);
        String family = profile.headerOf(CanonicalColumn.FAMILY_NAME);
        if (!present.contains(given) && !present.contains(family)) {
            missing.add(new RowError(0, family, "", "is not a column of the file, nor is '" + given + "'; one of them "
                    + "must be, as a name is needed to identify each person. The columns found are " + found + "." + hint));
        }
        return missing;
    }
}
