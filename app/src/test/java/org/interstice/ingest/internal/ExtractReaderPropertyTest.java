package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.interstice.identity.IncomingPerson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the CSV and JSON-lines readers with random bytes and with valid files, whole and mutated: no exception
 * escapes a reader, row numbers and byte offsets are in range, and every value accepted is the file's text exactly.
 */
class ExtractReaderPropertyTest {

    private static final Pattern OFFSET = Pattern.compile("byte offset (\\d+)");
    private static final List<String> COLUMNS = List.of("source_id", "given_name", "family_name", "address");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RowValidator validator = new RowValidator(UUID.randomUUID(), "fuzz", LocalDate.of(2026, 12, 4));

    // what the fuzzer feeds

    /** Bytes weighted towards those that make CSV and JSON hard: separators, quotes, line ends, NUL, bad UTF-8. */
    @Provide
    Arbitrary<byte[]> hostileBytes() {
        Arbitrary<Byte> special = Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) 0, (byte) '\t',
                (byte) ' ', (byte) '{', (byte) '}', (byte) ':', (byte) '[', (byte) '\\', (byte) 0xE9, (byte) 0xC3,
                (byte) 0xA9, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0x7F);
        Arbitrary<Byte> letters = Arbitraries.bytes().between((byte) 'a', (byte) 'e');
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> one = Arbitraries.frequencyOf(Tuple.of(4, special), Tuple.of(4, letters), Tuple.of(2, any));
        Arbitrary<byte[]> body = one.array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(body, body.map(b -> concat("source_id,family_name\n".getBytes(StandardCharsets.UTF_8), b)),
                body.map(b -> concat("{\"source_id\":\"".getBytes(StandardCharsets.UTF_8), b)));
    }

    /** Text for one value, mixing ordinary letters with quotes, commas, line breaks, controls and other scripts. */
    private static Arbitrary<String> values() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.chars().range('a', 'z')),
                Tuple.of(2, Arbitraries.of(' ', '\t', ',', '"', '\n', '\r', ';', '=', '\'', '\\', '{', '}')),
                Tuple.of(2, Arbitraries.of('é', 'ß', 'Ł', 'ø', 'ا', '中', '\u00A0', '\uFFFD', '\u2028')),
                Tuple.of(1, Arbitraries.of('\u0000', '\u0001', '\u001B', '\u007F', '\u0085', '\u200B', '\uFEFF', '\u202E')),
                Tuple.of(1, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(12).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        });
    }

    /** A table of rows (each row a value per column of {@link #COLUMNS}), the first value a plain source id. */
    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<List<String>> row = Combinators.combine(Arbitraries.integers().between(1, 999_999), values(), values(), values())
                .as((id, given, family, address) -> List.of("C-" + id, given, family, address));
        return row.list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    // CSV

    @Property(seed = "20261204", tries = 400)
    @Label("random bytes never make the CSV reader throw, and its rows, offsets and values are in order")
    void randomBytesAsCsv(@ForAll("hostileBytes") byte[] file) {
        checkCsv(file);
    }

    @Property(seed = "20261204", tries = 300)
    @Label("a CSV file written correctly reads back exactly, and a value that may not be stored is a row error")
    void wellFormedCsvReadsBackExactly(@ForAll("tables") List<List<String>> table, @ForAll("lineEnds") String nl) {
        byte[] file = csv(table, nl).getBytes(StandardCharsets.UTF_8);
        List<ExtractReader.Row> rows = checkCsv(file);
        assertThat(rows).hasSameSizeAs(table);
        for (int i = 0; i < table.size(); i++) {
            List<String> expected = table.get(i);
            ExtractReader.Row row = rows.get(i);
            boolean storable = expected.stream().allMatch(v -> FieldText.firstForbidden(v) < 0);
            assertThat(row.readable()).as("row %d %s: %s", i + 1, expected, row.problems()).isEqualTo(storable);
            if (storable) {
                assertThat(row.values().values()).containsExactlyElementsOf(expected);
            }
        }
        ExtractCheck.Outcome outcome = ExtractCheck.check(ExtractReader.Format.CSV, file, ColumnProfile.CANONICAL, validator);
        assertThat(outcome.rows()).isEqualTo(table.size());
        for (int i = 0; i < outcome.persons().size(); i++) {
            IncomingPerson p = outcome.persons().get(i);
            List<String> expected = table.get(outcome.rowNumbers().get(i) - 1);
            assertStoredExactly(p, expected);
        }
    }

    @Property(seed = "20261204", tries = 300)
    @Label("a CSV file with random bytes changed never yields a value that is not in the file")
    void mutatedCsv(@ForAll("tables") List<List<String>> table, @ForAll("lineEnds") String nl,
                    @ForAll("mutations") List<Tuple.Tuple2<Integer, Byte>> mutations) {
        checkCsv(mutate(csv(table, nl).getBytes(StandardCharsets.UTF_8), mutations));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.bytes()).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(4);
    }

    private List<ExtractReader.Row> checkCsv(byte[] file) {
        List<ExtractReader.Row> rows = new ArrayList<>();
        ExtractReader.Extract extract = ExtractReader.read(ExtractReader.Format.CSV, file, rows::add);
        assertThat(extract.rows()).isEqualTo(rows.size());
        extract.fileProblems().forEach(e -> {
            assertThat(e.row()).isZero();
            checkOffsets(file, e);
        });
        for (int i = 0; i < rows.size(); i++) {
            ExtractReader.Row row = rows.get(i);
            assertThat(row.number()).isEqualTo(i + 1);
            for (RowError e : row.problems()) {
                assertThat(e.row()).isEqualTo(row.number());
                assertThat(e.column()).isNotBlank();
                checkOffsets(file, e);
            }
            if (row.readable()) {
                assertThat(row.values().keySet()).isSubsetOf(extract.headers());
                row.values().values().forEach(v -> assertInFile(file, v));
            }
        }
        ExtractCheck.check(ExtractReader.Format.CSV, file, ColumnProfile.CANONICAL, validator);
        return rows;
    }

    /** An accepted value is the file's own text: its UTF-8 bytes (quotes doubled if it was quoted) are in the file. */
    private static void assertInFile(byte[] file, String value) {
        assertThat(FieldText.firstForbidden(value)).as("forbidden character in %s", value).isNegative();
        boolean found = indexOf(file, value.getBytes(StandardCharsets.UTF_8)) >= 0
                || indexOf(file, value.replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8)) >= 0;
        assertThat(found).as("value %s is in the file", value).isTrue();
    }

    /** Every byte offset a problem names is in the file, and bad bytes really are not UTF-8 from that offset. */
    private static void checkOffsets(byte[] file, RowError e) {
        Matcher m = OFFSET.matcher(e.rule());
        while (m.find()) {
            int offset = Integer.parseInt(m.group(1));
            assertThat(offset).isBetween(0, file.length - 1);
            if (e.rule().contains("not UTF-8")) {
                int[] bad = {-1};
                assertThat(Utf8.decode(file, offset, file.length, bad)).isNull();
                assertThat(bad[0]).isEqualTo(offset);
            }
            if (e.rule().contains("(U+")) {
                String ch = null;
                int[] bad = new int[1];
                for (int len = 1; ch == null && len <= 4 && offset + len <= file.length; len++) {
                    ch = Utf8.decode(file, offset, offset + len, bad);
                }
                assertThat(ch).isNotNull();
                assertThat(FieldText.firstForbidden(ch)).isZero();
            }
        }
    }

    // JSON lines

    @Property(seed = "20261204", tries = 400)
    @Label("random bytes never make the JSON-lines reader throw, and its rows and values are in order")
    void randomBytesAsJsonLines(@ForAll("hostileBytes") byte[] file) {
        checkJsonLines(file);
    }

    @Property(seed = "20261204", tries = 300)
    @Label("JSON lines written correctly read back exactly, and a value that may not be stored is a row error")
    void wellFormedJsonLinesReadBackExactly(@ForAll("tables") List<List<String>> table, @ForAll("lineEnds") String nl) {
        byte[] file = jsonLines(table, nl).getBytes(StandardCharsets.UTF_8);
        List<ExtractReader.Row> rows = checkJsonLines(file);
        assertThat(rows).hasSameSizeAs(table);
        for (int i = 0; i < table.size(); i++) {
            List<String> expected = table.get(i);
            boolean storable = expected.stream().allMatch(v -> FieldText.firstForbidden(v) < 0);
            assertThat(rows.get(i).readable()).as("row %d %s", i + 1, expected).isEqualTo(storable);
            if (storable) {
                assertThat(rows.get(i).values().values()).containsExactlyElementsOf(expected);
            }
        }
        ExtractCheck.Outcome outcome = ExtractCheck.check(ExtractReader.Format.JSONL, file, ColumnProfile.CANONICAL, validator);
        for (int i = 0; i < outcome.persons().size(); i++) {
            assertStoredExactly(outcome.persons().get(i), table.get(outcome.rowNumbers().get(i) - 1));
        }
    }

    @Property(seed = "20261204", tries = 300)
    @Label("JSON lines with random bytes changed never make the reader throw")
    void mutatedJsonLines(@ForAll("tables") List<List<String>> table, @ForAll("lineEnds") String nl,
                          @ForAll("mutations") List<Tuple.Tuple2<Integer, Byte>> mutations) {
        checkJsonLines(mutate(jsonLines(table, nl).getBytes(StandardCharsets.UTF_8), mutations));
    }

    private List<ExtractReader.Row> checkJsonLines(byte[] file) {
        List<ExtractReader.Row> rows = new ArrayList<>();
        ExtractReader.Extract extract = ExtractReader.read(ExtractReader.Format.JSONL, file, rows::add);
        assertThat(extract.rows()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ExtractReader.Row row = rows.get(i);
            assertThat(row.number()).isEqualTo(i + 1);
            row.problems().forEach(e -> {
                assertThat(e.row()).isEqualTo(row.number());
                checkOffsets(file, e);
            });
            row.values().values().forEach(v -> assertThat(FieldText.firstForbidden(v)).isNegative());
        }
        ExtractCheck.check(ExtractReader.Format.JSONL, file, ColumnProfile.CANONICAL, validator);
        return rows;
    }

    // helpers

    /** What an accepted person holds is the file's value exactly, apart from the spaces and tabs around it. */
    private static void assertStoredExactly(IncomingPerson p, List<String> row) {
        assertThat(p.sourceId()).isEqualTo(FieldText.trim(row.get(0)));
        String given = FieldText.trim(row.get(1));
        String family = FieldText.trim(row.get(2));
        assertThat(p.names().get(0).given()).isEqualTo(given.isEmpty() ? null : given);
        assertThat(p.names().get(0).family()).isEqualTo(family.isEmpty() ? null : family);
        String address = FieldText.trim(row.get(3));
        if (!address.isEmpty()) {
            assertThat(p.currentAddress().line()).isEqualTo(address);
        }
    }

    private static String csv(List<List<String>> table, String nl) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append(nl);
        for (List<String> row : table) {
            out.append(String.join(",", row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList())).append(nl);
        }
        return out.toString();
    }

    private static String jsonLines(List<List<String>> table, String nl) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                object.put(COLUMNS.get(i), row.get(i));
            }
            out.append(JSON.writeValueAsString(object)).append(nl);
        }
        return out.toString();
    }

    private static byte[] mutate(byte[] file, List<Tuple.Tuple2<Integer, Byte>> mutations) {
        byte[] copy = file.clone();
        for (Tuple.Tuple2<Integer, Byte> m : mutations) {
            if (copy.length > 0) {
                copy[m.get1() % copy.length] = m.get2();
            }
        }
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
