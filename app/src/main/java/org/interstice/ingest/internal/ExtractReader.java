package org.interstice.ingest.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the rows of a CSV (with a header row) or JSON-lines extract as header-to-value maps. Arrays in JSON
 * lines (several phones, aliases...) become ';'-separated values, as in CSV.
 */
public final class ExtractReader {

    public enum Format { CSV, JSONL }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractReader() {
    }

    public static Format detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSONL;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? Format.JSONL : Format.CSV;
            }
        }
        return Format.CSV;
    }

    /** Calls {@code row} with the 1-based data row number and the row's values; returns the number of rows. */
    public static int read(Format format, byte[] content, BiConsumer<Integer, Map<String, String>> row) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return format == Format.CSV ? csv(reader, row) : jsonLines(reader, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header names of a CSV extract, or the keys of the first JSON line. */
    public static List<String> headers(Format format, byte[] content) {
        var holder = new java.util.ArrayList<String>();
        if (format == Format.CSV) {
            try (CSVParser p = csvFormat().parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
                holder.addAll(p.getHeaderNames());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try {
                read(format, content, (n, values) -> {
                    if (n == 1) {
                        holder.addAll(values.keySet());
                        throw new StopReading();
                    }
                });
            } catch (StopReading ignored) {
                // only the first line was needed
            }
        }
        return holder;
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
    }

    private static int csv(Reader reader, BiConsumer<Integer, Map<String, String>> row) throws IOException {
        int n = 0;
        try (CSVParser parser = csvFormat().parse(stripBom(reader))) {
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                n++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), record.get(i));
                }
                row.accept(n, values);
            }
        }
        return n;
    }

    private static Reader stripBom(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private static int jsonLines(Reader reader, BiConsumer<Integer, Map<String, String>> row) throws IOException {
        BufferedReader lines = new BufferedReader(stripBom(reader));
        int n = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (RuntimeException e) {
                values.put("__error__", "line is not valid JSON");
                row.accept(n, values);
                continue;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode v = field.getValue();
                if (v.isNull()) {
                    continue;
                }
                if (v.isArray()) {
                    StringBuilder joined = new StringBuilder();
                    for (JsonNode item : v) {
                        if (!joined.isEmpty()) {
                            joined.append(';');
                        }
                        joined.append(item.asString());
                    }
                    values.put(field.getKey(), joined.toString());
                } else {
                    values.put(field.getKey(), v.asString());
                }
            }
            row.accept(n, values);
        }
        return n;
    }
}
