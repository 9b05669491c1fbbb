package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportRunner runner;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private String upload(String agency, String fileName, String content, boolean acceptValid) throws Exception {
        return upload(agency, fileName, content, acceptValid, null);
    }

    private String upload(String agency, String fileName, String content, boolean acceptValid, String profile)
            throws Exception {
        var request = multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .param("agency", agency);
        if (profile != null) {
            request.param("profile", profile);
        }
        String body = mvc.perform(request
                        .param("accept_valid_rows", String.valueOf(acceptValid))
                        .with(SignIn.partnershipToken()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").isString())
                .andReturn().getResponse().getContentAsString();
        runner.awaitIdle();
        return json.readTree(body).path("id").asString();
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(SignIn.partnershipToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private int recordsOf(String prefix) {
        return jdbc.sql("select count(*) from person_record where source_id like :p").param("p", prefix + "%")
                .query(Integer.class).single();
    }

    @Test
    void an_extract_sent_by_api_is_imported_and_the_sender_learns_each_record_subject() throws Exception {
        String p = "API" + unique();
        String csv = """
                source_id,given_name,family_name,dob,sex,ethnicity,postcode,address,phone,email,nhs_number,upn,pnc_id
                %1$s-1,Kayleigh,Brennan,2010-06-14,F,WBRI,NB1 2AB,4 Canal Street,07700900111,,,,
                %1$s-2,Imran,Qureshi,2009-01-30,M,APKN,NB3 9XY,17 Mill Road,,,,,
                """.formatted(p);
        String id = upload("NSP", p + ".csv", csv, false);

        JsonNode status = getJson("/api/v1/imports/" + id);
        assertThat(status.path("status").asString()).isEqualTo("DONE");
        assertThat(status.path("rows").asInt()).isEqualTo(2);
        assertThat(status.path("accepted").asInt()).isEqualTo(2);
        assertThat(status.path("rejected").asInt()).isZero();

        JsonNode records = getJson("/api/v1/imports/" + id + "/records");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).path("source_id").asString()).isEqualTo(p + "-1");
        assertThat(records.get(0).has("subject_id")).isTrue();
    }

    @Test
    void the_same_file_sent_twice_creates_nothing_new() throws Exception {
        String p = "TWICE" + unique();
        String csv = "source_id,given_name,family_name,dob\n" + p + "-1,Ruby,Okoro,2012-02-02\n" + p + "-2,Tyler,Hughes,2008-11-11\n";
        String first = upload("NBH", p + ".csv", csv, false);
        int subjects = jdbc.sql("select count(*) from subject").query(Integer.class).single();
        String second = upload("NBH", p + "-again.csv", csv, false);

        assertThat(second).isEqualTo(first);
        assertThat(recordsOf(p)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from subject").query(Integer.class).single()).isEqualTo(subjects);
    }

    @Test
    void one_bad_row_refuses_the_whole_file_with_row_column_value_and_rule() throws Exception {
        String p = "BAD" + unique();
        String csv = "source_id,given_name,family_name,dob,nhs_number\n"
                + p + "-1,Ella,Marsh,2011-05-05,\n"
                + p + "-2,Noah,Kaur,2011-13-45,9434765918\n";
        String id = upload("NBC-CSC", p + ".csv", csv, false);

        JsonNode status = getJson("/api/v1/imports/" + id);
        assertThat(status.path("status").asString()).isEqualTo("FAILED");
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        assertThat(status.path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(status.path("errors").get(0).path("column").asString()).isEqualTo("dob");
        assertThat(status.path("errors").get(0).path("value").asString()).isEqualTo("2011-13-45");
        assertThat(status.path("errors").get(1).path("rule").asString()).contains("NHS number");
        assertThat(recordsOf(p)).isZero();
    }

    @Test
    void accepting_valid_rows_imports_them_and_offers_the_rejected_rows_with_reasons() throws Exception {
        String p = "PART" + unique();
        String csv = "source_id,given_name,family_name,dob,ethnicity\n"
                + p + "-1,Ella,Marsh,2011-05-05,REFU\n"
                + p + "-2,Noah,Kaur,2011-05-06,ASIAN\n";
        String id = upload("NBC-CSC", p + ".csv", csv, true);

        JsonNode status = getJson("/api/v1/imports/" + id);
        assertThat(status.path("status").asString()).isEqualTo("DONE");
        assertThat(status.path("accepted").asInt()).isEqualTo(1);
        assertThat(status.path("rejected").asInt()).isEqualTo(1);
        assertThat(recordsOf(p)).isEqualTo(1);

        String rejected = mvc.perform(get("/admin/imports/" + id + "/rejected.csv")
                        .with(SignIn.as(org.interstice.agency.Role.SYSTEM_ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rejected).startsWith("row,source_id,given_name,family_name,dob,ethnicity,reasons");
        assertThat(rejected).contains(p + "-2").contains("must be a DfE ethnicity code").doesNotContain(p + "-1,");
    }

    @Test
    void an_agency_saves_a_column_mapping_profile_and_imports_its_own_column_names() throws Exception {
        String name = "mosaic-" + unique();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/imports/profiles")
                        .with(SignIn.as(org.interstice.agency.Role.SYSTEM_ADMINISTRATOR))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", name).param("col_source_id", "PersonID").param("col_given_name", "Forename")
                        .param("col_family_name", "Surname").param("col_dob", "DateOfBirth"))
                .andExpect(status().is3xxRedirection());
        String p = "MP" + unique();
        String id = upload("NBC-CSC", p + ".csv", "PersonID,Forename,Surname,DateOfBirth\n" + p + ",Alfie,Templeton,14/02/2013\n",
                false, name);
        assertThat(getJson("/api/v1/imports/" + id).path("status").asString()).isEqualTo("DONE");
        assertThat(jdbc.sql("select dob::text from person_record where source_id = :s").param("s", p)
                .query(String.class).single()).isEqualTo("2013-02-14");
    }

    @Test
    void an_agency_token_cannot_import_for_another_agency_and_unknown_agencies_are_refused() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "source_id,family_name\nX,Y\n".getBytes()))
                        .param("agency", "NOPE").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("There is no agency with the code 'NOPE'."));
    }
}
