package org.interstice.linkage.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV as written by spreadsheets and by FEBRL: optional UTF-8 BOM, LF or CRLF, quoted fields with
 * doubled quotes, and spaces after commas (unquoted fields are trimmed). Errors name file, row and column.
 */
public final class Csv {
    private Csv() {
    }

    public static final class CsvException extends RuntimeException {
        public CsvException(String message) {
            super(message);
        }
    }

    /** The header and, for each requested column, its values by data row. */
    public record Table(List<String> header, String[][] columns, int rows) {
    }

    public static Table read(Path file, List<String> wanted) {
        Reader in;
        try {
            in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CsvException(file + ": cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try (in) {
            return new Parser(file.toString(), in).table(wanted);
        } catch (IOException e) {
            throw new CsvException(file + ": cannot read file (" + e.getMessage() + ")");
        }
    }

    private static final class Parser {
        private final String file;
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos, len;
        private int row = 0;
        private final StringBuilder sb = new StringBuilder();

        Parser(String file, Reader in) {
            this.file = file;
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        private void unread() {
            pos--;
        }

        /** Reads one record into fields; returns false at end of input. Skips blank lines. */
        private boolean record(List<String> fields) throws IOException {
            fields.clear();
            while (true) {
                int c = read();
                if (c == -1) return false;
                if (c == '\uFEFF' && row == 0) continue;
                if (c == '\r' || c == '\n') {
                    row++;
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n' && d != -1) unread();
                    }
                    continue; // blank line
                }
                unread();
                break;
            }
            row++;
            while (true) {
                sb.setLength(0);
                int c = read();
                while (c == ' ' || c == '\t') c = read();
                if (c == '"') {
                    while (true) {
                        c = read();
                        if (c == -1) throw new CsvException(file + ": row " + row + ", column " + (fields.size() + 1) + ": unterminated quoted field");
                        if (c == '"') {
                            int d = read();
                            if (d == '"') {
                                sb.append('"');
                                continue;
                            }
                            c = d;
                            break;
                        }
                        sb.append((char) c);
                    }
                    while (c == ' ' || c == '\t') c = read();
                    if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        throw new CsvException(file + ": row " + row + ", column " + (fields.size() + 1) + ": unexpected character '"
                                + (char) c + "' after a closing quote");
                    }
                    fields.add(sb.toString());
                } else {
                    while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        sb.append((char) c);
                        c = read();
                    }
                    int end = sb.length();
                    while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) end--;
                    fields.add(sb.substring(0, end));
                }
                if (c == ',') continue;
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d != -1) unread();
                }
                return true;
            }
        }

        Table table(List<String> wanted) throws IOException {
            var fields = new ArrayList<String>();
            if (!record(fields)) throw new CsvException(file + ": row 1: the file is empty (no header row)");
            var header = List.copyOf(fields);
            int[] idx = new int[wanted.size()];
            for (int k = 0; k < wanted.size(); k++) {
                idx[k] = header.indexOf(wanted.get(k));
                if (idx[k] < 0) {
                    throw new CsvException(file + ": row 1 (header): column '" + wanted.get(k) + "' not found; the header has "
                            + header);
                }
            }
            String[][] cols = new String[wanted.size()][1024];
            int n = 0;
            while (record(fields)) {
                if (fields.size() != header.size()) {
                    if (fields.size() < header.size()) {
                        throw new CsvException(file + ": row " + row + ", column " + (fields.size() + 1) + " ('" + header.get(fields.size())
                                + "'): missing; expected " + header.size() + " columns, found " + fields.size());
                    }
                    throw new CsvException(file + ": row " + row + ", column " + (header.size() + 1) + ": unexpected extra value; expected "
                            + header.size() + " columns, found " + fields.size());
                }
                if (n == cols[0].length) for (int k = 0; k < cols.length; k++) cols[k] = Arrays.copyOf(cols[k], n * 2);
                for (int k = 0; k < idx.length; k++) {
                    String v = fields.get(idx[k]);
                    cols[k][n] = v.isEmpty() ? null : v;
                }
                n++;
            }
            for (int k = 0; k < cols.length; k++) cols[k] = Arrays.copyOf(cols[k], n);
            return new Table(header, cols, n);
        }
    }

    public static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
