package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile files through the real import path (the API, the runner, PostgreSQL): never a 500, never a database or
 * Java message, and an earlier good import is never changed by a later one that fails or refuses rows.
 */
@IntegrationTest
class HostileImportTest {

    /** What a database or Java message looks like; none may reach a person or an API client. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|ERROR:|PreparedStatement|SQL|invalid byte sequence|java\\.|org\\.|tools\\.jackson|\\bat [a-z]+\\.");

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportRunner runner;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private MvcResult send(String fileName, byte[] content, boolean acceptValid) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("agency", "NBC-CSC").param("accept_valid_rows", String.valueOf(acceptValid))
                        .with(SignIn.partnershipToken()))
                .andReturn();
        runner.awaitIdle();
        assertThat(result.getResponse().getStatus()).as("answer to %s", fileName).isLessThan(500);
        assertThat(result.getResponse().getContentAsString()).doesNotContainPattern(TECHNICAL);
        return result;
    }

    /** Sends a file that must be taken (202) and returns the import's status once it has run. */
    private JsonNode imported(String fileName, byte[] content, boolean acceptValid) throws Exception {
        MvcResult result = send(fileName, content, acceptValid);
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        String id = json.readTree(result.getResponse().getContentAsString()).path("id").asString();
        JsonNode status = getJson("/api/v1/imports/" + id);
        assertThat(status.path("status").asString()).isIn("DONE", "FAILED");
        assertThat(status.toString()).doesNotContainPattern(TECHNICAL);
        String page = mvc.perform(get("/admin/imports/" + id).with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContainPattern(TECHNICAL);
        return status;
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(SignIn.partnershipToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Everything stored about the records whose source id starts with the prefix, to compare before and after. */
    private List<String> records(String prefix) {
        return jdbc.sql("""
                select source_id || '|' || coalesce(given_name, '') || '|' || coalesce(family_name, '') || '|'
                  || coalesce(dob::text, '') || '|' || coalesce(subject_id::text, '') || '|' || link_state || '|'
                  || updated_at::text || '|' || version
                from person_record where source_id like :p order by source_id""")
                .param("p", prefix + "%").query(String.class).list();
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

    @Test
    void hostile_files_give_row_errors_and_leave_an_earlier_good_import_exactly_as_it_was() throws Exception {
        String p = "HOST" + unique();
        JsonNode good = imported(p + ".csv", ("source_id,given_name,family_name,dob\n" + p + "-1,Kayleigh,Brennan,2010-06-14\n"
                + p + "-2,Imran,Qureshi,2009-01-30\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(good.path("status").asString()).isEqualTo("DONE");
        List<String> before = records(p);
        assertThat(before).hasSize(2);
        JsonNode linksBefore = getJson("/api/v1/imports/" + good.path("id").asString() + "/records");

        // a NUL in a changed row for a person already imported: a row error, and the earlier record is untouched
        JsonNode nul = imported(p + "-nul.csv", bytes("source_id,given_name,family_name,dob\n" + p + "-1,Kay", new int[] {0},
                "leigh,Brennan,2010-06-14\n" + p + "-3,Tom,Hardy,2012-01-01\n"), true);
        assertThat(nul.path("status").asString()).isEqualTo("DONE");
        assertThat(nul.path("accepted").asInt()).isEqualTo(1);
        JsonNode error = nul.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(1);
        assertThat(error.path("column").asString()).isEqualTo("given_name");
        assertThat(error.path("value").asString()).isEqualTo("Kay[U+0000]leigh");
        assertThat(error.path("rule").asString()).contains("NUL (U+0000) at byte offset");

        // bytes that are not UTF-8, a short row and a 200 kB name, for people already imported: the file fails
        JsonNode latin1 = imported(p + "-latin1.csv", bytes("source_id,given_name,family_name,dob\n" + p + "-2,Imr",
                new int[] {0xE1}, "n,Qureshi,2009-01-30\n" + p + "-1,Kayleigh\n" + p + "-4," + "A".repeat(200_000)
                        + ",Long,2011-01-01\n"), false);
        assertThat(latin1.path("status").asString()).isEqualTo("FAILED");
        assertThat(latin1.path("failure").asString()).contains("3 of 3 rows have errors");
        assertThat(latin1.path("errors")).extracting(e -> e.path("column").asString())
                .containsExactly("given_name", "family_name", "given_name");
        assertThat(latin1.path("errors").get(0).path("rule").asString()).contains("not UTF-8 at byte offset");
        assertThat(latin1.path("errors").get(1).path("rule").asString()).contains("the row has 2 values but the header has 4 columns");
        assertThat(latin1.path("errors").get(2).path("rule").asString()).contains("at most 150 characters");

        assertThat(records(p)).filteredOn(r -> !r.startsWith(p + "-3")).isEqualTo(before);
        assertThat(getJson("/api/v1/imports/" + good.path("id").asString() + "/records")).isEqualTo(linksBefore);
    }

    @Test
    void a_header_only_extract_is_a_done_import_of_no_rows_and_an_empty_one_is_refused_clearly() throws Exception {
        String p = "HDR" + unique();
        JsonNode headerOnly = imported(p + ".csv", ("source_id,given_name,family_name,dob,sex,ethnicity,postcode,"
                + "address,phone,email,nhs_number,upn,pnc_id\r\n\r\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(headerOnly.path("status").asString()).isEqualTo("DONE");
        assertThat(headerOnly.path("rows").asInt()).isZero();
        assertThat(headerOnly.path("errors")).isEmpty();
        assertThat(getJson("/api/v1/imports/" + headerOnly.path("id").asString() + "/records")).isEmpty();

        JsonNode blank = imported(p + "-blank.csv", "\n \n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(blank.path("status").asString()).isEqualTo("FAILED");
        assertThat(blank.path("failure").asString()).isEqualTo("Nothing was imported: the header is missing: the file "
                + "has no header row; the first line must name the columns, such as source_id,given_name,family_name,dob.");
        MvcResult empty = send(p + "-empty.csv", new byte[0], false);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("the file is empty");
    }

    @Test
    void names_and_codes_with_control_characters_are_refused_or_made_safe_never_a_database_error() throws Exception {
        String p = "NAME" + unique();
        JsonNode status = imported("bad\u0000name\u001B" + p + ".csv", ("source_id,family_name\n" + p + "-1,Khan\n")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(status.path("status").asString()).isEqualTo("DONE");
        MvcResult badAgency = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "source_id,family_name\nX,Y\n".getBytes()))
                        .param("agency", "N\u0000SP").param("profile", "p\u0000q").with(SignIn.partnershipToken()))
                .andReturn();
        assertThat(badAgency.getResponse().getStatus()).isEqualTo(400);
        assertThat(badAgency.getResponse().getContentAsString()).contains("There is no agency with the code 'N[U+0000]SP'");
        MvcResult badProfile = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "source_id,family_name\nX,Y\n".getBytes()))
                        .param("agency", "NBC-CSC").param("profile", "p\u0000q").with(SignIn.partnershipToken()))
                .andReturn();
        assertThat(badProfile.getResponse().getStatus()).isEqualTo(400);
        assertThat(badProfile.getResponse().getContentAsString()).contains("no column-mapping profile called 'p[U+0000]q'");
    }

    @Test
    void a_multipart_body_that_cannot_be_read_is_a_400_with_problem_details_not_a_500() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + org.interstice.IntegrationTest.DEMO_API_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nsource_id"))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400").contains("could not be read").doesNotContainPattern(TECHNICAL);
    }

    @Test
    void the_rejected_rows_download_cannot_run_a_formula_in_a_spreadsheet() throws Exception {
        String p = "FORM" + unique();
        JsonNode status = imported(p + ".csv", ("source_id,given_name,family_name\n" + p + "-1,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",Khan\n"
                + p + "-2,Amy,Jones\n").getBytes(StandardCharsets.UTF_8), true);
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        String rejected = mvc.perform(get("/admin/imports/" + status.path("id").asString() + "/rejected.csv")
                        .with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rejected).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").contains("formula");
        for (String line : rejected.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("@");
            }
        }
    }

    @Test
    void random_and_mutated_files_never_give_a_500_and_never_change_an_earlier_import() throws Exception {
        String p = "FUZZ" + unique();
        JsonNode good = imported(p + ".csv", ("source_id,given_name,family_name,dob\n" + p + "-1,Ruby,Okoro,2012-02-02\n")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(good.path("status").asString()).isEqualTo("DONE");
        List<String> before = records(p);
        Random random = new Random(20261204);
        byte[] valid = ("source_id,given_name,family_name,dob,address\nR" + p + "-1,Ella,\"Marsh\",2011-05-05,\"1 Mill Lane\nNorth\"\n"
                + "R" + p + "-2,Noah,Kaur,2011-05-06,2 Canal St\n").getBytes(StandardCharsets.UTF_8);
        byte[] validJson = ("{\"source_id\":\"R" + p + "-3\",\"family_name\":\"Kaur\",\"phone\":[\"07700900001\"]}\n")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 12; i++) {
            byte[] file;
            if (i % 3 == 0) {
                file = new byte[1 + random.nextInt(200)];
                random.nextBytes(file);
            } else {
                file = (i % 3 == 1 ? valid : validJson).clone();
                for (int m = 0; m < 1 + random.nextInt(4); m++) {
                    file[random.nextInt(file.length)] = (byte) random.nextInt(256);
                }
            }
            imported(p + "-fuzz-" + i + (i % 3 == 2 ? ".jsonl" : ".csv"), file, random.nextBoolean());
        }
        assertThat(records(p)).isEqualTo(before);
    }
}
