package org.interstice.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.PersonIntake;
import org.interstice.pursuit.PursuitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12 item 1: a man named without his subject id is resolved against the identity subjects known (ADR 0067). */
@IntegrationTest
class SubjectResolutionTest {

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired Users users;
    @Autowired PersonIntake intake;
    @Autowired TransactionTemplate tx;
    @Autowired ReportRecording recording;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    static final Random RANDOM = new Random();

    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('a' + RANDOM.nextInt(26)));
        return b.toString();
    }

    /** A suspect held in a police extract (the police force's record, linked by identity to a subject of his own). */
    UUID heldByPolice(String given, String family, LocalDate dob) {
        var police = users.viewerFor(DemoUsers.POLICE_INVESTIGATOR).orElseThrow();
        IncomingPerson record = new IncomingPerson(agencies.byCode("NSP").orElseThrow().id(), "police-extract", "nominal-" + UUID.randomUUID(),
                List.of(new IncomingPerson.Name(IncomingPerson.NameKind.PRIMARY, given, family)), dob, "M", null, null, List.of(), List.of(),
                List.of(), null, null, null, dob.plusYears(20));
        intake.prepare(police, List.of(record));
        UUID subject = tx.execute(s -> intake.accept(police, List.of(record)).get(0).subjectId());
        assertThat(subject).as("the extract's record has a subject of its own").isNotNull();
        return subject;
    }

    String policeToken() throws Exception {
        String agency = agencies.byCode("NSP").orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("agency", agency).param("name", "Police records system " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }

    /** A police report through the API naming a suspect by name and date of birth only (no subject id). */
    String namedByPolice(String token, int daysAgo, String name, LocalDate dob) throws Exception {
        return mvc.perform(post("/api/v1/intelligence/reports").with(SignIn.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn":"%s","sourceType":"POLICE_OFFICER","body":"Seen with a child outside the takeaway",
                                 "gradingSystem":"3x5x2","source":"2","information":"B","handling":"P",
                                 "mentions":[{"entity":{"type":"PERSON","value":"%s","dateOfBirth":"%s"},"role":"SUSPECT"}],
                                 "links":[]}""".formatted(LocalDate.now(clock).minusDays(daysAgo), name, dob)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_suspect_held_by_police_and_named_by_name_and_date_of_birth_resolves_to_his_subject_and_raises_the_alarm() throws Exception {
        String given = "Darius", family = "Qv" + letters(6);
        LocalDate dob = LocalDate.of(1991, 3, 14);
        UUID subject = heldByPolice(given, family, dob);
        PursuitFixtures fx = new PursuitFixtures(recording, users, clock);
        // two agencies name him by his subject
        UUID person = fx.name("outreach.worker", 75, EntityRef.person(given + " " + family, subject)).suspectPersonIds().get(0);
        fx.name("nba.dsl", 50, EntityRef.person(given + " " + family, subject));

        // the police name him by name and date of birth alone
        String json = namedByPolice(policeToken(), 35, given + " " + family, dob);
        assertThat((String) JsonPath.read(json, "$.persons[0].resolution")).isEqualTo("SUBJECT");
        assertThat((String) JsonPath.read(json, "$.persons[0].personId")).isEqualTo(person.toString());
        String evidence = jdbc.sql("select evidence from person_mention where person_entity_id = ? and decision = 'SUBJECT' and evidence is not null")
                .param(person).query(String.class).single();
        assertThat(evidence).contains("full name exact", "same date of birth 1991-03-14")
                .containsIgnoringCase("identity subject " + given + " " + family + ", born 1991-03-14");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/v1/pursuit/alarms").param("limit", "500")
                        .with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarms[?(@.suspectSubjectId == '" + subject + "')].independentReportCount").value(3)));
    }

    @Test
    void a_man_named_for_the_first_time_by_name_and_date_of_birth_takes_the_subject_the_police_hold() throws Exception {
        String given = "Kasimir", family = "Qv" + letters(6);
        LocalDate dob = LocalDate.of(1988, 7, 2);
        UUID subject = heldByPolice(given, family, dob);
        String json = namedByPolice(policeToken(), 10, given + " " + family, dob);
        assertThat((String) JsonPath.read(json, "$.persons[0].resolution")).isEqualTo("SUBJECT");
        UUID person = UUID.fromString(JsonPath.read(json, "$.persons[0].personId"));
        assertThat(jdbc.sql("select subject_id from pole_entity where id = ?").param(person).query(UUID.class).single()).isEqualTo(subject);
    }

    @Test
    void a_middling_match_goes_to_the_analysts_review_with_the_subject_side_by_side() throws Exception {
        String given = "Leopold", family = "Qv" + letters(6);
        LocalDate dob = LocalDate.of(1993, 11, 20);
        UUID subject = heldByPolice(given, family, dob);
        // his first name alone and a date of birth a few months out
        String json = namedByPolice(policeToken(), 5, given, dob.plusMonths(3));
        assertThat((String) JsonPath.read(json, "$.persons[0].resolution")).isEqualTo("REVIEW");
        UUID person = UUID.fromString(JsonPath.read(json, "$.persons[0].personId"));
        UUID candidate = jdbc.sql("select candidate_id from person_review where person_id = ? and status = 'PENDING'")
                .param(person).query(UUID.class).single();
        assertThat(jdbc.sql("select subject_id from pole_entity where id = ?").param(candidate).query(UUID.class).single()).isEqualTo(subject);
        assertThat(jdbc.sql("select count(*) from pole_entity where id = ? and subject_id is null").param(person).query(Long.class).single())
                .as("not tied to the subject until an analyst says so").isEqualTo(1);

        mvc.perform(get("/intelligence/persons/reviews").with(SignIn.as(Role.INTELLIGENCE_ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsStringIgnoringCase(given + " and " + given + " " + family)))
                .andExpect(content().string(containsStringIgnoringCase("identity subject " + given + " " + family + ", born " + dob)));
    }
}
