package org.interstice.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-lines reader: one JSON object per line (LF, CRLF or CR), blank lines skipped. A value is text, a whole
 * number (kept exactly as written) or a list of those (joined with ';'); null means absent. Anything else (a
 * nested object, true, 1.5, a key given twice, text after the closing brace) is a problem of that row.
 */
final class JsonLinesReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] b;
    private final LineIndex lines;

    JsonLinesReader(byte[] content) {
        this.b = content;
        this.lines = new LineIndex(content);
    }

    ExtractReader.Extract read(Consumer<ExtractReader.Row> row) {
        Set<String> keys = new LinkedHashSet<>();
        int n = 0;
        int start = Utf8.bomLength(b);
        int first = start;
        while (first < b.length && (b[first] == ' ' || b[first] == '\t' || b[first] == '\r' || b[first] == '\n')) {
            first++;
        }
        if (first < b.length && b[first] == '[') {
            return new ExtractReader.Extract(List.of(), List.of(new RowError(0, "(file)", "", "is one JSON array, not "
                    + "JSON lines: send one object per line, such as {\"source_id\": \"C-1\", \"family_name\": \"Khan\"}")), 0);
        }
        while (start < b.length) {
            int end = start;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                end++;
            }
            if (!blank(start, end)) {
                ExtractReader.Row r = line(++n, start, end);
                keys.addAll(r.values().keySet());
                row.accept(r);
            }
            start = end < b.length && b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? end + 2 : end + 1;
        }
        if (n == 0) {
            return new ExtractReader.Extract(List.of(), List.of(new RowError(0, "(file)", "", "has no records: each line "
                    + "must be one JSON object, such as {\"source_id\": \"C-1\", \"family_name\": \"Khan\"}")), 0);
        }
        return new ExtractReader.Extract(List.copyOf(keys), List.of(), n);
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private ExtractReader.Row line(int n, int start, int end) {
        int lineNo = lines.lineOf(start);
        List<RowError> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        int[] bad = new int[1];
        String text = Utf8.decode(b, start, end, bad);
        if (text == null) {
            String shown = Utf8.shown(b, start, end);
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, shown, "contains bytes that are not UTF-8 at byte offset "
                    + bad[0] + " (line " + lineNo + "): save the file as UTF-8"));
            unreadable.put(ExtractReader.WHOLE_LINE, shown);
            return new ExtractReader.Row(n, lineNo, Map.of(), List.copyOf(problems), unreadable);
        }
        try (JsonParser parser = JSON.createParser(text)) {
            object(n, lineNo, parser, values, problems, unreadable);
        } catch (JacksonException e) {
            values.clear();
            problems.clear();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, FieldText.shown(text), "is not valid JSON"
                    + (column > 0 ? " (the problem is at character " + column + " of line " + lineNo + ")" : " (line " + lineNo + ")")
                    + "; each line must be one JSON object such as {\"source_id\": \"C-1\"}"));
            unreadable.put(ExtractReader.WHOLE_LINE, FieldText.escape(text));
        }
        return new ExtractReader.Row(n, lineNo, values, List.copyOf(problems), unreadable);
    }

    private void object(int n, int lineNo, JsonParser parser, Map<String, String> values, List<RowError> problems,
                        Map<String, String> unreadable) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, "", "is not a JSON object (line " + lineNo
                    + "); each line must be one object such as {\"source_id\": \"C-1\"}"));
            return;
        }
        Map<String, String> seen = new HashMap<>();
        int keys = 0;
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            parser.nextToken();
            if (++keys > ExtractReader.MAX_COLUMNS) {
                problems.add(new RowError(n, ExtractReader.WHOLE_LINE, "", "has more than " + ExtractReader.MAX_COLUMNS
                        + " keys (line " + lineNo + ")"));
                parser.skipChildren();
                continue;
            }
            int k = FieldText.firstForbidden(key);
            if (k >= 0 || FieldText.hasLineBreak(key)) {
                problems.add(new RowError(n, FieldText.shown(key), "", "is a key holding a control character (line "
                        + lineNo + "); remove it"));
                parser.skipChildren();
                continue;
            }
            String first = seen.putIfAbsent(FieldText.trim(key).toLowerCase(Locale.ROOT), key);
            if (first != null) {
                problems.add(new RowError(n, key, "", "is given twice in one line (line " + lineNo + "); give each key once"));
                parser.skipChildren();
                continue;
            }
            String value = value(n, lineNo, key, parser, problems);
            if (value == null) {
                unreadable.putIfAbsent(key, "");
                continue;
            }
            int c = FieldText.firstForbidden(value);
            if (c >= 0) {
                problems.add(new RowError(n, key, FieldText.shown(value), "contains the " + FieldText.describe(value, c)
                        + " at character " + (c + 1) + " of the value (line " + lineNo + "); remove it"));
                unreadable.put(key, FieldText.escape(value));
                continue;
            }
            values.put(key, value);
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            problems.add(new RowError(n, ExtractReader.WHOLE_LINE, "", "has more after the closing } (line " + lineNo
                    + "); each line must be exactly one JSON object"));
        }
    }

    /** Text, a whole number as written, or a list of those joined by ';'; null (with a problem unless JSON null). */
    private String value(int n, int lineNo, String key, JsonParser parser, List<RowError> problems) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String scalar = scalar(parser);
        if (scalar != null) {
            return scalar;
        }
        if (t == JsonToken.START_ARRAY) {
            StringBuilder joined = new StringBuilder();
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY && item != null; item = parser.nextToken()) {
                if (item == JsonToken.VALUE_NULL) {
                    continue;
                }
                String s = scalar(parser);
                if (s == null || s.indexOf(';') >= 0) {
                    problems.add(new RowError(n, key, "", s == null
                            ? "must be a list of text or whole numbers, not of " + kind(item) + " (line " + lineNo + ")"
                            : "has a list item containing ';', which separates several values (line " + lineNo + ")"));
                    parser.skipChildren();
                    for (JsonToken rest = parser.nextToken(); rest != JsonToken.END_ARRAY && rest != null; rest = parser.nextToken()) {
                        parser.skipChildren();
                    }
                    return null;
                }
                if (!joined.isEmpty()) {
                    joined.append(';');
                }
                joined.append(s);
            }
            return joined.toString();
        }
        problems.add(new RowError(n, key, "", "must be text in quotes, a whole number or a list of those, not "
                + kind(t) + " (line " + lineNo + ")"));
        parser.skipChildren();
        return null;
    }

    private static String scalar(JsonParser parser) {
        JsonToken t = parser.currentToken();
        return t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT ? parser.getString() : null;
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NUMBER_FLOAT -> "a number with a decimal point or exponent";
            default -> "this kind of value";
        };
    }
}
