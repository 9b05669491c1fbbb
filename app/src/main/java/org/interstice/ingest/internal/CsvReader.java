package org.interstice.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV reader working on the file's bytes (RFC 4180: comma-separated, values with commas, quotes or line breaks
 * in double quotes, a quote inside quotes doubled), so that every problem can name its byte offset. Lines end with
 * LF, CRLF or CR. A blank line, or a line of only commas, is skipped. Spaces and tabs around a quoted value are
 * ignored; a quote inside an unquoted value is kept as it is. An unclosed quote spoils only its own row: reading
 * starts again on the line after the one where the quote opened.
 */
final class CsvReader {

    /** One value's place in the file: the whole field, and its content (between the quotes when quoted). */
    private record Field(int start, int end, boolean quoted, int contentStart, int contentEnd) {
    }

    /** One record as fields, with the first structural problem found in it. */
    private record Record(int start, List<Field> fields, int count, int problemField, String problem) {
    }

    private final byte[] b;
    private final LineIndex lines;
    private int p;

    CsvReader(byte[] content) {
        this.b = content;
        this.lines = new LineIndex(content);
        this.p = afterSeparatorLine(content, Utf8.bomLength(content));
    }

    /** Excel may write "sep=," as a first line to name the separator: it is not the header, so it is skipped. */
    private static int afterSeparatorLine(byte[] b, int from) {
        byte[] sep = "sep=,".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (b.length < from + sep.length) {
            return from;
        }
        for (int i = 0; i < sep.length; i++) {
            if (Character.toLowerCase(b[from + i]) != sep[i]) {
                return from;
            }
        }
        int end = from + sep.length;
        if (end == b.length) {
            return end;
        }
        if (b[end] != '\n' && b[end] != '\r') {
            return from;
        }
        return b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? end + 2 : end + 1;
    }

    ExtractReader.Extract read(Consumer<ExtractReader.Row> row) {
        return read(row, true);
    }

    ExtractReader.Extract read(Consumer<ExtractReader.Row> row, boolean dataRows) {
        Record head = nextNonBlank();
        if (head == null) {
            return new ExtractReader.Extract(List.of(), List.of(new RowError(0, "(header)", "", "is missing: the file "
                    + "has no header row; the first line must name the columns, such as source_id,given_name,family_name,dob")), 0);
        }
        List<RowError> problems = new ArrayList<>();
        List<String> headers = header(head, problems);
        if (!problems.isEmpty() || !dataRows) {
            return new ExtractReader.Extract(headers, List.copyOf(problems), 0);
        }
        int n = 0;
        for (Record r = nextNonBlank(); r != null; r = nextNonBlank()) {
            row.accept(dataRow(++n, r, headers));
        }
        return new ExtractReader.Extract(headers, List.of(), n);
    }

    private List<String> header(Record head, List<RowError> problems) {
        if (head.count() > ExtractReader.MAX_COLUMNS) {
            problems.add(new RowError(0, "(header)", "", String.format(Locale.UK,
                    "has %,d columns; at most %d are read", head.count(), ExtractReader.MAX_COLUMNS)));
            return List.of();
        }
        if (head.problem() != null) {
            problems.add(new RowError(0, "column " + (head.problemField() + 1), shown(head.fields().get(head.problemField())),
                    head.problem() + " in the header row"));
            return List.of();
        }
        List<String> headers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < head.fields().size(); i++) {
            String name = decode(0, "column " + (i + 1), head.fields().get(i), problems, null);
            name = name == null ? "" : FieldText.trim(name);
            headers.add(name);
            if (!name.isEmpty()) {
                Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
                if (first != null) {
                    problems.add(new RowError(0, name, "", "names a column twice (columns " + first + " and " + (i + 1)
                            + "); each column must have its own name"));
                }
            }
        }
        return List.copyOf(headers);
    }

    private ExtractReader.Row dataRow(int n, Record r, List<String> headers) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        List<RowError> problems = new ArrayList<>();
        int line = lines.lineOf(r.start());
        if (r.problem() != null) {
            Field f = r.fields().get(r.problemField());
            problems.add(new RowError(n, label(headers, r.problemField()), shown(f), r.problem()));
            unreadable.put(label(headers, r.problemField()), shown(f));
        }
        boolean unnamedValue = false;
        for (int i = 0; i < r.fields().size(); i++) {
            if (r.problem() != null && i == r.problemField()) {
                continue;
            }
            String value = decode(n, label(headers, i), r.fields().get(i), problems, unreadable);
            if (value == null) {
                continue;
            }
            if (i < headers.size()) {
                if (!headers.get(i).isEmpty()) {
                    values.put(headers.get(i), value);
                }
            } else if (!unnamedValue && !FieldText.trim(value).isEmpty()) {
                unnamedValue = true;
                problems.add(new RowError(n, label(headers, i), FieldText.shown(value), String.format(Locale.UK,
                        "has a value but no column name: the row has %,d values and the header %,d columns (line %d)",
                        r.count(), headers.size(), line)));
            }
        }
        if (problems.isEmpty() && r.count() == headers.size() && repeatsHeader(values, headers)) {
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, "", "is the header row again (line " + line
                    + "); were two files joined? Remove the repeated header"));
        }
        if (r.problem() == null && r.count() < headers.size()) {
            problems.add(new RowError(n, label(headers, r.count()), "", String.format(Locale.UK,
                    "is missing: the row has %,d values but the header has %,d columns (line %d); look for a missing "
                            + "comma, or a line break in a value that is not in quotes", r.count(), headers.size(), line)));
        } else if (r.count() > r.fields().size() && !unnamedValue) {
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, "", String.format(Locale.UK,
                    "has %,d values; the header has %,d columns (line %d)", r.count(), headers.size(), line)));
        }
        return new ExtractReader.Row(n, line, values, List.copyOf(problems), unreadable);
    }

    private static boolean repeatsHeader(Map<String, String> values, List<String> headers) {
        for (String h : headers) {
            if (!h.isEmpty() && !FieldText.trim(values.getOrDefault(h, "")).equalsIgnoreCase(h)) {
                return false;
            }
        }
        return true;
    }

    private static String label(List<String> headers, int i) {
        return i < headers.size() && !headers.get(i).isEmpty() ? headers.get(i) : "column " + (i + 1);
    }

    /** The value of a field, or null with a problem when it holds bytes that are not UTF-8 or a forbidden character. */
    private String decode(int n, String column, Field f, List<RowError> problems, Map<String, String> unreadable) {
        int[] bad = new int[1];
        String raw = Utf8.decode(b, f.contentStart(), f.contentEnd(), bad);
        if (raw == null) {
            problems.add(new RowError(n, column, shown(f), "contains bytes that are not UTF-8 at byte offset " + bad[0]
                    + " (line " + lines.lineOf(bad[0]) + "): save the file as UTF-8 (in Excel, \"CSV UTF-8\")"));
            if (unreadable != null) {
                unreadable.put(column, shown(f));
            }
            return null;
        }
        int c = FieldText.firstForbidden(raw);
        if (c >= 0) {
            int offset = f.contentStart() + raw.substring(0, c).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            problems.add(new RowError(n, column, FieldText.shown(raw), "contains the " + FieldText.describe(raw, c)
                    + " at byte offset " + offset + " (line " + lines.lineOf(offset) + "); remove it"));
            if (unreadable != null) {
                unreadable.put(column, FieldText.escape(raw));
            }
            return null;
        }
        return f.quoted() ? raw.replace("\"\"", "\"") : raw;
    }

    private String shown(Field f) {
        return Utf8.shown(b, f.contentStart(), f.contentEnd());
    }

    private Record nextNonBlank() {
        for (Record r = next(); r != null; r = next()) {
            if (r.problem() != null || r.count() > r.fields().size() || !blank(r)) {
                return r;
            }
        }
        return null;
    }

    private boolean blank(Record r) {
        for (Field f : r.fields()) {
            for (int i = f.contentStart(); i < f.contentEnd(); i++) {
                if (b[i] != ' ' && b[i] != '\t') {
                    return false;
                }
            }
        }
        return true;
    }

    private Record next() {
        int n = b.length;
        if (p >= n) {
            return null;
        }
        int start = p;
        List<Field> fields = new ArrayList<>();
        int count = 0;
        int problemField = -1;
        String problem = null;
        while (true) {
            int q = p;
            while (q < n && (b[q] == ' ' || b[q] == '\t')) {
                q++;
            }
            Field f;
            if (q < n && b[q] == '"') {
                int i = q + 1;
                boolean closed = false;
                while (i < n) {
                    if (b[i] == '"') {
                        if (i + 1 < n && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    i++;
                }
                if (!closed) {
                    int r = q;
                    while (r < n && b[r] != '\n' && b[r] != '\r') {
                        r++;
                    }
                    f = new Field(p, r, true, q + 1, r);
                    fields.add(f);
                    p = r < n ? lineBreak(r) : n;
                    return new Record(start, fields, count + 1, fields.size() - 1, "has a quote (\") at byte offset " + q
                            + " (line " + lines.lineOf(q) + ") that is never closed; reading went on at the next line");
                }
                int contentEnd = i;
                i++;
                while (i < n && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
                if (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    if (problem == null) {
                        problem = "has text after the closing quote at byte offset " + i + " (line " + lines.lineOf(i)
                                + "); a value in quotes must end at its closing quote";
                        problemField = count;
                    }
                    while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                        i++;
                    }
                    contentEnd = i;
                }
                f = new Field(p, i, true, q + 1, contentEnd);
                p = i;
            } else {
                int i = p;
                while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                f = new Field(p, i, false, p, i);
                p = i;
            }
            if (fields.size() <= ExtractReader.MAX_COLUMNS) {
                fields.add(f);
            }
            count++;
            if (p >= n) {
                break;
            }
            if (b[p] == ',') {
                p++;
                continue;
            }
            p = lineBreak(p);
            break;
        }
        if (problemField >= fields.size()) {
            problemField = fields.size() - 1;
        }
        return new Record(start, fields, count, problemField, problem);
    }

    private int lineBreak(int i) {
        return b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
