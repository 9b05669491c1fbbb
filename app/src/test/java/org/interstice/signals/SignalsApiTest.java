package org.interstice.signals;

import java.time.LocalDate;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.TestClock;
import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.identity.PersonIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/signals}: created, repeated, refused with the field named, and who may call it. */
@IntegrationTest
class SignalsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agencies agencies;
    @Autowired
    Users users;
    @Autowired
    PersonIntake intake;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    private String send(String token, String json, int status) throws Exception {
        return mvc.perform(post("/api/v1/signals").with(SignIn.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_school_sends_an_absence_signal_and_a_repeat_of_its_reference_returns_the_same_signal() throws Exception {
        String school = SignalFixtures.token(mvc, agencies, "NBA");
        UUID child = SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.of(2012, 4, 1));
        String ref = "ABS-" + UUID.randomUUID();
        String json = """
                {"kind": "SCHOOL_ABSENCE", "sourceId": "%s", "subjectId": "%s", "occurredAt": "2026-11-20T09:00:00Z",
                 "summary": "Absent 9 of the last 10 school days"}""".formatted(ref, child);
        String first = send(school, json, 201);
        assertThat(first).contains("\"subjectId\":\"" + child + "\"");
        String id = first.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        String again = send(school, json, 200);
        assertThat(again).contains("\"id\":\"" + id + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM signal WHERE source_id = :ref").param("ref", ref).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_person_without_a_subject_id_is_resolved_through_identity_like_an_imported_record() throws Exception {
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        String family = "Qv" + UUID.randomUUID().toString().substring(0, 8);
        String body = send(police, """
                {"kind": "ARREST", "sourceId": "ARR-%s", "person": {"given_name": "Oriel", "family_name": "%s",
                 "dob": "2011-02-03"}, "occurredAt": "2026-11-30T18:00", "summary": "Arrested for possession with intent to supply"}"""
                .formatted(UUID.randomUUID(), family), 201);
        String subject = body.replaceAll("(?s).*\"subjectId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(UUID.fromString(subject)).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM subject WHERE id = :id").param("id", UUID.fromString(subject))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_refused_signal_is_a_problem_naming_the_field() throws Exception {
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SHOPLIFTING\", \"sourceId\": \"X1\", \"occurredAt\": \"2026-11-30\", \"summary\": \"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"MISSING_EPISODE\", \"sourceId\": \"X2\", \"occurredAt\": \"last night\", \"summary\": \"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("occurredAt"));
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "MISSING_EPISODE", "sourceId": "X3", "occurredAt": "2026-11-30", "summary": "x",
                                 "person": {"given_name": "Oriel", "family_name": "Nodob"}}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("person.dob"));
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ARREST\", \"sourceId\": \"X4\", \"occurredAt\": \"2026-11-30\", \"summary\": \"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("subjectId"));
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ARREST\", \"sourceId\": \"X5\", \"subjectId\": \"" + UUID.randomUUID()
                                + "\", \"occurredAt\": \"2026-11-30\", \"endedAt\": \"2026-11-29\", \"summary\": \"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("endedAt"));
    }

    @Test
    void an_extract_of_signals_as_csv_reports_each_bad_row_and_a_second_sending_creates_nothing_new() throws Exception {
        String school = SignalFixtures.token(mvc, agencies, "NBA");
        UUID child = SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.of(2011, 9, 9));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                source_id,kind,subject_id,occurred_at,summary
                EXC-%1$s-1,EXCLUSION,%2$s,2026-11-02,Fixed-term exclusion for fighting
                EXC-%1$s-2,MISSING_EDUCATION,%2$s,2026-11-20,
                EXC-%1$s-3,SCHOOL_ABSENCE,%2$s,2026-11-25,Absent all week
                """.formatted(tag, child);
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
                "signals.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/signals/csv")
                        .file(file).with(SignIn.bearer(school)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected[0].row").value(3))
                .andExpect(jsonPath("$.rejected[0].field").value("summary"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/signals/csv")
                        .file(file).with(SignIn.bearer(school)))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.repeated").value(2));
    }

    @Test
    void only_an_agency_token_may_send_a_signal() throws Exception {
        String json = "{\"kind\": \"ARREST\", \"sourceId\": \"Y1\", \"occurredAt\": \"2026-11-30\", \"summary\": \"x\"}";
        mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer("not-a-token")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());
        // the partnership-wide token is no agency: a signal always comes from the agency that knows
        mvc.perform(post("/api/v1/signals").with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
