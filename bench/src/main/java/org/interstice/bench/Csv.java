package org.interstice.bench;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming CSV reader for benchmark inputs: a UTF-8 byte-order mark, CRLF or LF endings, a missing final
 * newline, RFC 4180 quoted fields, and blanks around separators (FEBRL writes ", ") are all accepted; unquoted
 * fields are trimmed.
 */
final class Csv implements Closeable {

    private final BufferedReader reader;
    private final Path file;
    private final List<String> header;
    private long row;

    private Csv(Path file) throws IOException {
        this.file = file;
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        List<String> h = next();
        if (h == null) {
            throw new IOException(file + ": empty file, expected a header row");
        }
        if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
            h.set(0, h.get(0).substring(1).trim());
        }
        this.header = List.copyOf(h);
        this.row = 1;
    }

    static Csv open(Path file) throws IOException {
        return new Csv(file);
    }

    List<String> header() {
        return header;
    }

    /** The index of a header column, or an exception naming the file and the columns it has. */
    int column(String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(file + ": no column '" + name + "' (columns: " + String.join(", ", header) + ")");
        }
        return i;
    }

    long row() {
        return row;
    }

    /** The next row's fields, or null at the end of the file. Blank lines are skipped. */
    List<String> next() throws IOException {
        String line = reader.readLine();
        while (line != null && line.isBlank()) {
            line = reader.readLine();
        }
        if (line == null) {
            return null;
        }
        row++;
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (quoted) {
                    String more = reader.readLine();
                    if (more == null) {
                        throw new IOException(file + ": row " + row + ": unterminated quoted field");
                    }
                    cur.append('\n');
                    line = more;
                    i = 0;
                    continue;
                }
                break;
            }
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? cur.toString() : cur.toString().trim());
                cur.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && c == ' ')) {
                cur.append(c);
            }
            i++;
        }
        fields.add(wasQuoted ? cur.toString() : cur.toString().trim());
        return fields;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
