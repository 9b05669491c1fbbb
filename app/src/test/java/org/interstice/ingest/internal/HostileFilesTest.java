package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.interstice.identity.IncomingPerson;
import org.junit.jupiter.api.Test;

/** Hostile and awkward extracts, each giving a row error that names row, column and rule, or acceptance. */
class HostileFilesTest {

    static final String HEADER = "source_id,given_name,family_name,dob,sex,ethnicity,postcode,address,phone,email,nhs_number,upn,pnc_id";

    private final RowValidator validator = new RowValidator(UUID.randomUUID(), "test", LocalDate.of(2026, 11, 28));

    private ExtractCheck.Outcome csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private ExtractCheck.Outcome csv(byte[] bytes) {
        return ExtractCheck.check(ExtractReader.Format.CSV, bytes, ColumnProfile.CANONICAL, validator);
    }

    private ExtractCheck.Outcome jsonl(String text) {
        return jsonl(text.getBytes(StandardCharsets.UTF_8));
    }

    private ExtractCheck.Outcome jsonl(byte[] bytes) {
        return ExtractCheck.check(ExtractReader.Format.JSONL, bytes, ColumnProfile.CANONICAL, validator);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                for (int b : (int[]) part) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    private static RowError only(ExtractCheck.Outcome outcome) {
        assertThat(outcome.errors()).hasSize(1);
        return outcome.errors().get(0);
    }

    private static IncomingPerson person(ExtractCheck.Outcome outcome) {
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.persons()).hasSize(1);
        return outcome.persons().get(0);
    }

    // ragged rows

    @Test
    void a_short_row_names_the_first_missing_column() {
        var e = only(csv(HEADER + "\nC-1,Amira,Khan\n"));
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("dob");
        assertThat(e.rule()).contains("the row has 3 values but the header has 13 columns (line 2)");
    }

    @Test
    void a_long_row_with_a_value_past_the_last_column_is_refused() {
        var e = only(csv("source_id,family_name\nC-1,Khan,surprise\n"));
        assertThat(e.column()).isEqualTo("column 3");
        assertThat(e.value()).isEqualTo("surprise");
        assertThat(e.rule()).contains("no column name");
    }

    @Test
    void trailing_empty_values_past_the_last_column_lose_nothing_and_are_accepted() {
        assertThat(person(csv("source_id,family_name\nC-1,Khan,,\n")).sourceId()).isEqualTo("C-1");
    }

    @Test
    void a_row_of_a_hundred_thousand_values_is_one_row_error() {
        var e = only(csv("source_id,family_name\nC-1,Khan" + ",x".repeat(100_000) + "\n"));
        assertThat(e.column()).isEqualTo("column 3");
    }

    // quoting

    @Test
    void quoted_values_keep_commas_doubled_quotes_and_line_breaks_in_the_address() {
        var p = person(csv("source_id,family_name,address\nC-1,\"O\"\"Neil, Jr\",\"1 Mill Lane\r\nNorth \"\"Side\"\"\"\n"));
        assertThat(p.names().get(0).family()).isEqualTo("O\"Neil, Jr");
        assertThat(p.currentAddress().line()).isEqualTo("1 Mill Lane\r\nNorth \"Side\"");
    }

    @Test
    void a_line_break_in_a_name_is_refused() {
        var e = only(csv("source_id,family_name\nC-1,\"Kh\nan\"\n"));
        assertThat(e.column()).isEqualTo("family_name");
        assertThat(e.value()).isEqualTo("Kh[U+000A]an");
        assertThat(e.rule()).contains("one line");
    }

    @Test
    void an_unclosed_quote_spoils_only_its_own_row() {
        var outcome = csv("source_id,family_name\nC-1,Khan\nC-2,\"Smith\nC-3,Jones\n");
        assertThat(outcome.rows()).isEqualTo(3);
        assertThat(outcome.persons()).extracting(IncomingPerson::sourceId).containsExactly("C-1", "C-3");
        var e = only(outcome);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("family_name");
        assertThat(e.rule()).contains("never closed").contains("byte offset 35").contains("line 3");
    }

    @Test
    void text_after_a_closing_quote_is_refused() {
        var e = only(csv("source_id,family_name\nC-1,\"Khan\"x\n"));
        assertThat(e.column()).isEqualTo("family_name");
        assertThat(e.rule()).contains("text after the closing quote");
    }

    @Test
    void a_quote_inside_an_unquoted_value_is_kept_as_it_is() {
        assertThat(person(csv("source_id,family_name\nC-1,O\"Neil\n")).names().get(0).family()).isEqualTo("O\"Neil");
    }

    // encodings

    @Test
    void a_utf8_byte_order_mark_is_accepted() {
        assertThat(person(csv(bytes(new int[] {0xEF, 0xBB, 0xBF}, "source_id,family_name\nC-1,Khan\n"))).sourceId())
                .isEqualTo("C-1");
    }

    @Test
    void utf16_with_or_without_a_byte_order_mark_is_refused_as_a_whole_in_plain_words() {
        byte[] withBom = bytes(new int[] {0xFF, 0xFE}, new String("source_id,family_name\nC-1,Khan\n".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        for (byte[] file : new byte[][] {"source_id,family_name\nC-1,Khan\n".getBytes(StandardCharsets.UTF_16),
                "source_id,family_name\nC-1,Khan\n".getBytes(StandardCharsets.UTF_16LE), withBom}) {
            var outcome = csv(file);
            assertThat(outcome.fileProblem()).contains("UTF-16");
            assertThat(outcome.persons()).isEmpty();
        }
    }

    @Test
    void a_latin1_letter_is_a_row_error_with_its_byte_offset() {
        byte[] file = bytes("source_id,given_name,family_name\nC-1,Ren", new int[] {0xE9, 'e'}, ",Khan\nC-2,Amy,Jones\n");
        var outcome = csv(file);
        var e = only(outcome);
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("given_name");
        assertThat(e.value()).isEqualTo("Ren[byte 0xE9]e");
        assertThat(e.rule()).contains("not UTF-8 at byte offset 40 (line 2)");
        assertThat(file[40] & 0xFF).isEqualTo(0xE9);
        assertThat(outcome.rejected()).isEqualTo(1);
        assertThat(outcome.persons()).extracting(IncomingPerson::sourceId).containsExactly("C-2");
    }

    @Test
    void windows1252_quotes_overlong_forms_encoded_surrogates_and_cut_sequences_are_row_errors() {
        int[][] bad = {{0x92}, {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xE2, 0x82}, {0xFF}};
        for (int[] b : bad) {
            var e = only(csv(bytes("source_id,family_name\nC-1,O", b, "Neil\n")));
            assertThat(e.column()).isEqualTo("family_name");
            assertThat(e.rule()).contains("not UTF-8 at byte offset 27");
        }
        var cutAtTheEnd = only(csv(bytes("source_id,family_name\nC-1,Kha", new int[] {0xE2, 0x82})));
        assertThat(cutAtTheEnd.rule()).contains("byte offset 29");
    }

    // control characters

    @Test
    void a_nul_byte_is_a_row_error_never_a_database_error() {
        var e = only(csv(bytes("source_id,family_name\nC-1,Kh", new int[] {0}, "an\n")));
        assertThat(e.column()).isEqualTo("family_name");
        assertThat(e.value()).isEqualTo("Kh[U+0000]an");
        assertThat(e.rule()).isEqualTo("contains the NUL (U+0000) at byte offset 28 (line 2); remove it");
    }

    @Test
    void escape_del_and_c1_controls_are_row_errors_and_a_tab_is_allowed() {
        assertThat(only(csv("source_id,family_name\nC-1,Kh\u001Ban\n")).rule()).contains("escape (U+001B)");
        assertThat(only(csv("source_id,family_name\nC-1,Kh\u007Fan\n")).rule()).contains("DEL (U+007F)");
        assertThat(only(csv("source_id,family_name\nC-1,Kh\u0085an\n")).rule()).contains("U+0085");
        assertThat(person(csv("source_id,given_name,family_name\nC-1,Anne\tMarie,\tKhan\t\n")).names().get(0))
                .satisfies(n -> {
                    assertThat(n.given()).isEqualTo("Anne\tMarie");
                    assertThat(n.family()).isEqualTo("Khan");
                });
    }

    @Test
    void invisible_characters_that_change_how_a_name_matches_are_refused() {
        assertThat(only(csv("source_id,family_name\nC-1,Kh\u200Ban\n")).rule()).contains("zero-width space");
        assertThat(only(csv("source_id,family_name\nC-1,\u202EnahK\n")).rule()).contains("text-direction control");
        assertThat(only(csv("source_id,family_name\nC-1,Khan\nC-2,Jones\n\uFEFFsource_id,family_name\n")).rule())
                .contains("byte-order mark");
    }

    // line endings and blank lines

    @Test
    void crlf_lf_and_lone_cr_line_endings_read_alike() {
        for (String nl : new String[] {"\n", "\r\n", "\r"}) {
            var outcome = csv("source_id,family_name" + nl + "C-1,Khan" + nl + "C-2,Jones" + nl);
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.persons()).extracting(p -> p.names().get(0).family()).containsExactly("Khan", "Jones");
        }
    }

    @Test
    void blank_lines_and_lines_of_only_commas_are_skipped_and_not_counted() {
        var outcome = csv("source_id,family_name\n\nC-1,Khan\n   \n,\n,,,\nC-2,Jones\n\n\n");
        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(outcome.rowNumbers()).containsExactly(1, 2);
    }

    // headers

    @Test
    void an_excel_separator_line_before_the_header_is_skipped() {
        assertThat(person(csv("sep=,\r\nsource_id,family_name\r\nC-1,Khan\r\n")).sourceId()).isEqualTo("C-1");
    }

    @Test
    void a_header_repeated_inside_the_file_is_a_row_error_not_a_person() {
        var outcome = csv("source_id,family_name\nC-1,Khan\nsource_id,Family_Name\nC-2,Jones\n");
        var e = only(outcome);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.rule()).contains("header row again");
        assertThat(outcome.persons()).hasSize(2);
    }

    @Test
    void a_header_only_extract_is_a_clean_import_of_nothing() {
        for (String file : new String[] {HEADER, HEADER + "\n", HEADER + "\r\n\r\n", HEADER + "\n,,,,\n   \n"}) {
            var outcome = csv(file);
            assertThat(outcome.fileProblem()).isNull();
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.rows()).isZero();
        }
    }

    @Test
    void a_file_without_a_header_says_so() {
        for (byte[] file : new byte[][] {bytes(new int[] {0xEF, 0xBB, 0xBF}), bytes("\n\n  \n"), bytes(",,,\n")}) {
            assertThat(csv(file).fileProblem()).contains("the header is missing");
        }
    }

    @Test
    void a_column_named_twice_refuses_the_file() {
        var outcome = csv("source_id,family_name,Family_Name\nC-1,Khan,Jones\n");
        assertThat(outcome.fileProblem()).contains("'Family_Name' names a column twice (columns 2 and 3)");
        assertThat(outcome.errors()).extracting(RowError::row).containsExactly(0);
    }

    @Test
    void a_missing_required_column_refuses_the_file_and_a_semicolon_file_gets_a_hint() {
        assertThat(csv("id,family_name\nC-1,Khan\n").fileProblem()).contains("'source_id' is not a column of the file");
        assertThat(csv("source_id,dob\nC-1,2011-01-01\n").fileProblem()).contains("'family_name' is not a column");
        assertThat(csv("source_id;family_name\nC-1;Khan\n").fileProblem()).contains("separated by semicolons or tabs");
    }

    @Test
    void a_column_name_of_a_megabyte_is_shown_cut_in_the_problem() {
        var outcome = csv("x".repeat(1_000_000) + ",family_name\nC-1,Khan\n");
        assertThat(outcome.fileProblem()).contains("'source_id' is not a column").hasSizeLessThan(2_000);
        assertThat(outcome.errors()).allSatisfy(e -> assertThat(e.rule().length() + e.column().length()).isLessThan(2_000));
    }

    @Test
    void unknown_columns_are_ignored() {
        assertThat(person(csv("source_id,family_name,shoe_size\nC-1,Khan,9\n")).sourceId()).isEqualTo("C-1");
    }

    @Test
    void a_header_of_a_hundred_thousand_columns_refuses_the_file() {
        assertThat(csv("source_id,family_name" + ",x".repeat(100_000) + "\nC-1,Khan\n").fileProblem())
                .contains("has 100,002 columns; at most 500 are read");
    }

    // lengths

    @Test
    void a_200_kB_name_is_refused_naming_the_limit_and_the_error_shows_only_its_start() {
        var e = only(csv("source_id,given_name,family_name\nC-1," + "A".repeat(200_000) + ",Khan\n"));
        assertThat(e.column()).isEqualTo("given_name");
        assertThat(e.rule()).isEqualTo("is 200,000 characters long; given_name may have at most 150 characters");
        assertThat(e.value()).hasSizeLessThan(200).endsWith("(200,000 characters in all)");
    }

    @Test
    void every_column_has_its_documented_limit() {
        for (CanonicalColumn c : CanonicalColumn.values()) {
            String longest = "a".repeat(c.maxLength() + 1);
            var row = new java.util.EnumMap<CanonicalColumn, String>(CanonicalColumn.class);
            row.put(CanonicalColumn.SOURCE_ID, "C-1");
            row.put(CanonicalColumn.FAMILY_NAME, "Khan");
            row.put(c, longest);
            var result = validator.validate(1, row);
            assertThat(result.errors()).extracting(RowError::rule)
                    .contains(String.format(java.util.Locale.UK, "is %,d characters long; %s may have at most %,d characters",
                            c.maxLength() + 1, c.header(), c.maxLength()));
        }
    }

    @Test
    void a_ten_megabyte_line_is_one_row_error() {
        var e = only(csv("source_id,family_name,address\nC-1,Khan," + "x".repeat(10_000_000) + "\n"));
        assertThat(e.column()).isEqualTo("address");
        assertThat(e.rule()).contains("10,000,000 characters long");
    }

    // formulas

    @Test
    void a_name_that_a_spreadsheet_would_run_as_a_formula_is_refused() {
        var e = only(csv("source_id,given_name,family_name\nC-1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Khan\n"));
        assertThat(e.column()).isEqualTo("given_name");
        assertThat(e.rule()).contains("formula");
        assertThat(RejectedRows.inert("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(RejectedRows.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RejectedRows.inert("Khan")).isEqualTo("Khan");
    }

    // JSON lines

    @Test
    void json_lines_that_are_not_json_or_not_objects_are_row_errors_and_the_rest_is_read() {
        var outcome = jsonl("""
                {"source_id":"J1","family_name":"Khan"}
                {"source_id":"J2","family_name":
                ["J3"]
                "J4"
                {"source_id":"J5","family_name":"Jones"}
                """);
        assertThat(outcome.persons()).extracting(IncomingPerson::sourceId).containsExactly("J1", "J5");
        assertThat(outcome.errors()).extracting(RowError::row).containsExactly(2, 3, 4);
        assertThat(outcome.errors()).extracting(RowError::column).containsOnly("(whole line)");
        assertThat(outcome.errors().get(0).rule()).startsWith("is not valid JSON");
        assertThat(outcome.errors().get(1).rule()).startsWith("is not a JSON object");
    }

    @Test
    void json_values_of_the_wrong_kind_are_row_errors_naming_the_key() {
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":{\"a\":1}}\n")).rule()).contains("not an object");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":true}\n")).rule()).contains("not true or false");
        assertThat(only(jsonl("{\"source_id\":1.5,\"family_name\":\"Khan\"}\n")).column()).isEqualTo("source_id");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Khan\",\"phone\":[{\"n\":1}]}\n")).column()).isEqualTo("phone");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Khan\",\"aliases\":[\"A;B\"]}\n")).rule()).contains("';'");
    }

    @Test
    void a_whole_number_is_kept_exactly_as_written() {
        var p = person(jsonl("{\"source_id\":12345678901234567890123,\"family_name\":\"Khan\",\"nhs_number\":9434765919}\n"));
        assertThat(p.sourceId()).isEqualTo("12345678901234567890123");
        assertThat(p.nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void a_key_given_twice_and_text_after_the_object_are_row_errors() {
        var twice = only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Khan\",\"family_name\":\"Jones\"}\n"));
        assertThat(twice.column()).isEqualTo("family_name");
        assertThat(twice.rule()).contains("given twice");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Khan\"} {}\n")).rule()).contains("more after the closing }");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Khan\"} x\n")).column()).isEqualTo("(whole line)");
    }

    @Test
    void escaped_nul_lone_surrogates_and_raw_control_characters_in_json_are_row_errors() {
        var nul = only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Kh\\u0000an\"}\n"));
        assertThat(nul.column()).isEqualTo("family_name");
        assertThat(nul.rule()).contains("NUL (U+0000) at character 3 of the value");
        assertThat(only(jsonl("{\"source_id\":\"J1\",\"family_name\":\"Kh\\ud800an\"}\n")).rule()).contains("surrogate");
        assertThat(only(jsonl(bytes("{\"source_id\":\"J1\",\"family_name\":\"Kh", new int[] {1}, "an\"}\n"))).rule())
                .startsWith("is not valid JSON");
    }

    @Test
    void json_lines_with_bad_bytes_name_the_byte_offset() {
        var e = only(jsonl(bytes("{\"source_id\":\"J1\",\"family_name\":\"Ren", new int[] {0xE9}, "e\"}\n")));
        assertThat(e.column()).isEqualTo("(whole line)");
        assertThat(e.rule()).contains("not UTF-8 at byte offset 36 (line 1)");
    }

    @Test
    void json_lines_with_a_byte_order_mark_crlf_and_blank_lines_are_accepted() {
        var outcome = jsonl(bytes(new int[] {0xEF, 0xBB, 0xBF}, "{\"source_id\":\"J1\",\"family_name\":\"Khan\"}\r\n\r\n{\"source_id\":\"J2\",\"family_name\":\"Jones\"}\r\n"));
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.rowNumbers()).containsExactly(1, 2);
    }

    @Test
    void a_json_array_instead_of_json_lines_is_refused_as_a_whole_in_plain_words() {
        assertThat(jsonl("[\n  {\"source_id\":\"J1\",\"family_name\":\"Khan\"}\n]\n").fileProblem())
                .isEqualTo("Nothing was imported: the file is one JSON array, not JSON lines: send one object per line, "
                        + "such as {\"source_id\": \"C-1\", \"family_name\": \"Khan\"}.");
    }

    @Test
    void a_json_lines_file_of_blank_lines_says_it_has_no_records() {
        assertThat(jsonl("\n  \n").fileProblem()).contains("no records");
    }

    // duplicates

    @Test
    void a_person_twice_in_one_file_is_a_row_error() {
        var e = only(csv("source_id,family_name\nC-1,Khan\nC-1,Khan\n"));
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.rule()).contains("more than once");
    }
}
