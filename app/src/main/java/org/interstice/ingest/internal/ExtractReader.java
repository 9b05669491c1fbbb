package org.interstice.ingest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a CSV (with a header row) or JSON-lines extract row by row. A reader never throws on what a file holds:
 * every structural problem (a ragged row, bytes that are not UTF-8, a control character, an unclosed quote, a line
 * that is not a JSON object) becomes a {@link RowError} naming the row, the column and the rule, and a problem with
 * the file as a whole (no header, a duplicated column name, UTF-16) becomes a problem of row 0. Values are the
 * file's text exactly: nothing is replaced or dropped. Arrays in JSON lines (several phones, aliases...) become
 * ';'-separated values, as in CSV.
 */
public final class ExtractReader {

    public enum Format { CSV, JSONL }

    /** At most this many columns are read: a wider header is a problem with the file. */
    public static final int MAX_COLUMNS = 500;

    /** Shown as the column of a problem that belongs to the whole line or row rather than to one value. */
    public static final String WHOLE_LINE = "(whole line)";

    /**
     * One data row (1 is the first), the line of the file it starts on, its readable values by header, and its
     * problems. {@code unreadable} holds, for a value that could not be read, the value as it is shown in reports.
     */
    public record Row(int number, int line, Map<String, String> values, List<RowError> problems,
                      Map<String, String> unreadable) {
        public boolean readable() {
            return problems.isEmpty();
        }

        /** The value under a header as the file has it, bad bytes and control characters marked. */
        public String original(String header) {
            String v = values.get(header);
            return v != null ? v : unreadable.getOrDefault(header, "");
        }
    }

    /** What a whole read found: the headers (for JSON lines, every key in order of first use), file problems, rows. */
    public record Extract(List<String> headers, List<RowError> fileProblems, int rows) {
        public boolean readable() {
            return fileProblems.isEmpty();
        }
    }

    private ExtractReader() {
    }

    public static Format detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSONL;
        }
        for (int i = Utf8.bomLength(content); i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{' ? Format.JSONL : Format.CSV;
            }
        }
        return Format.CSV;
    }

    /** Calls {@code row} for every data row in order; never throws because of what the file holds. */
    public static Extract read(Format format, byte[] content, Consumer<Row> row) {
        if (Utf8.looksLikeUtf16(content)) {
            return new Extract(List.of(), List.of(new RowError(0, "(file)", "", "is saved as UTF-16 (Excel's "
                    + "\"Unicode text\"); save it as CSV UTF-8 (or JSON lines in UTF-8) and send it again")), 0);
        }
        return format == Format.CSV ? new CsvReader(content).read(row) : new JsonLinesReader(content).read(row);
    }

    /** The header names of a CSV extract, or the keys the lines of a JSON-lines extract use. */
    public static List<String> headers(Format format, byte[] content) {
        return (format == Format.CSV ? csvHeader(content) : read(format, content, r -> { })).headers();
    }

    /** Only the header of a CSV extract, with any problem of the file as a whole; no data row is read. */
    static Extract csvHeader(byte[] content) {
        return Utf8.looksLikeUtf16(content) ? read(Format.CSV, content, r -> { }) : new CsvReader(content).read(r -> { }, false);
    }
}
