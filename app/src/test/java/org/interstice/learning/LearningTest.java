package org.interstice.learning;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.TestClock;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.Handoffs;
import org.interstice.learning.internal.Causes;
import org.interstice.learning.internal.Findings;
import org.interstice.learning.internal.Incidents;
import org.interstice.learning.internal.Reviews;
import org.interstice.learning.internal.SameMistakes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Incidents, reviews and their clocks, findings coded to causes, recommendations as hand-offs, and the same mistakes. */
@IntegrationTest
class LearningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Incidents incidents;
    @Autowired
    Reviews reviews;
    @Autowired
    Findings findings;
    @Autowired
    SameMistakes sameMistakes;
    @Autowired
    Causes causes;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    private UUID reportAnonymously() {
        Incidents.Reported reported = incidents.report(new Incidents.NewIncident(Incidents.Kind.NEAR_MISS, false,
                LocalDate.now(clock), "The strategy discussion was booked without the school, so the school's log of "
                + "absences was not heard.", true, null, null, null), viewer(DemoUsers.PRACTITIONER));
        assertThat(reported.refusal()).isNull();
        return reported.id();
    }

    @Test
    void anAnonymousReportersNameIsHiddenFromColleaguesAndShownToTheLearningLeadAndTheReporter() throws Exception {
        UUID id = reportAnonymously();
        assertThat(incidents.byId(id, viewer(DemoUsers.TEAM_MANAGER)).orElseThrow().reporter()).isNull();
        assertThat(incidents.byId(id, viewer(DemoUsers.AUDITOR)).orElseThrow().reporter()).isNull();
        assertThat(incidents.byId(id, viewer(DemoUsers.PARTNERSHIP_LEAD)).orElseThrow().reporter()).isEqualTo("Priya Shah");
        assertThat(incidents.byId(id, viewer(DemoUsers.PRACTITIONER)).orElseThrow().reporter()).isEqualTo("Priya Shah");

        String managerPage = mvc.perform(get("/learning/incidents/" + id).with(SignIn.as(Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(managerPage).contains("Anonymous to colleagues").doesNotContain("Priya Shah");
        String leadPage = mvc.perform(get("/learning/incidents/" + id).with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leadPage).contains("Priya Shah");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE resource_type = 'learning_incident' AND resource_id = :id AND action = 'READ'")
                .param("id", id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anyPractitionerReportsANearMissThroughTheFormAndAMissingDescriptionIsRefusedByName() throws Exception {
        mvc.perform(post("/learning/incidents").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("kind", "NEAR_MISS").param("occurredOn", LocalDate.now(clock).toString())
                        .param("whatHappened", "A request for information reached the wrong team and waited a week."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/learning/incidents/new"));
        String refused = mvc.perform(post("/learning/incidents").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("kind", "INCIDENT").param("occurredOn", LocalDate.now(clock).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Describe what happened", "href=\"#whatHappened\"");
        mvc.perform(get("/learning/incidents/new").with(SignIn.as(Role.ELECTED_MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void aReportStartedFromAHandoffIsLinkedToIt() throws Exception {
        UUID handoff = UUID.randomUUID();
        String form = mvc.perform(get("/learning/incidents/new").param("handoff", handoff.toString()).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"handoff\" value=\"" + handoff + "\"");
        String what = "Linked report " + handoff;
        mvc.perform(post("/learning/incidents").with(SignIn.as(Role.PRACTITIONER)).with(csrf()).param("handoff", handoff.toString())
                        .param("kind", "NEAR_MISS").param("occurredOn", LocalDate.now(clock).toString()).param("whatHappened", what))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT handoff_id FROM learning_incident WHERE what_happened = :what").param("what", what)
                .query(UUID.class).single()).isEqualTo(handoff);
    }

    @Test
    void theNotificationIsDueIn5WorkingDaysAndTheRapidReview15WorkingDaysAfterItAcrossChristmas() {
        clock.set(Instant.parse("2026-12-03T10:00:00Z"));
        Viewer lead = viewer(DemoUsers.PARTNERSHIP_LEAD);
        UUID id = reviews.open(null, "Review A (clocks test)", LocalDate.of(2026, 12, 3), lead).id();
        Reviews.Review opened = reviews.byId(id, lead).orElseThrow();
        assertThat(opened.notificationDueOn()).isEqualTo(LocalDate.of(2026, 12, 10));

        assertThat(reviews.record(id, Reviews.Step.RAPID_REVIEW_DONE, LocalDate.of(2026, 12, 3), opened.version(), lead).refusal())
                .isEqualTo("A rapid review cannot start without a notification");
        assertThat(reviews.record(id, Reviews.Step.NOTIFIED, LocalDate.of(2026, 12, 3), opened.version(), viewer(DemoUsers.TEAM_MANAGER)).refusal())
                .contains("learning lead");

        clock.set(Instant.parse("2026-12-11T10:00:00Z"));
        assertThat(reviews.overdue()).extracting(Reviews.Review::id).contains(id);
        assertThat(reviews.record(id, Reviews.Step.NOTIFIED, LocalDate.of(2026, 12, 9), opened.version(), lead).refusal()).isNull();
        Reviews.Review notified = reviews.byId(id, lead).orElseThrow();
        // 15 working days from Wednesday 9 December 2026, skipping Christmas Day, Boxing Day (substitute Monday 28th)
        // and New Year's Day
        assertThat(notified.rapidReviewDueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(reviews.overdue()).extracting(Reviews.Review::id).doesNotContain(id);
        assertThat(reviews.record(id, Reviews.Step.NOTIFIED, LocalDate.of(2026, 12, 9), opened.version(), lead).refusal())
                .isNotNull();

        clock.set(Instant.parse("2027-01-05T10:00:00Z"));
        assertThat(reviews.overdue()).extracting(Reviews.Review::id).contains(id);
        assertThat(reviews.record(id, Reviews.Step.RAPID_REVIEW_DONE, LocalDate.of(2027, 1, 5), notified.version(), lead).refusal()).isNull();
        Reviews.Review reviewed = reviews.byId(id, lead).orElseThrow();
        assertThat(reviews.record(id, Reviews.Step.LOCAL_REVIEW_COMMISSIONED, LocalDate.of(2027, 1, 5), reviewed.version(), lead).refusal()).isNull();
        assertThat(reviews.byId(id, lead).orElseThrow().localReviewDueOn()).isEqualTo(LocalDate.of(2027, 7, 5));
    }

    @Test
    void aRecommendationBecomesAnOwnedActionAndACauseFoundAgainAfterItsActionsClosedIsFlagged() {
        Viewer lead = viewer(DemoUsers.PARTNERSHIP_LEAD);
        String cause = "SAME_MISTAKES_TEST_" + System.nanoTime();
        assertThat(causes.add(cause.replace('_', ' '), "A cause of this test alone", lead)).isNull();
        UUID review = reviews.open(null, "Review B (same mistakes test)", LocalDate.now(clock), lead).id();
        assertThat(findings.record(review, null, cause, "Absence was logged for six weeks and not shared.", lead)).isNull();
        UUID finding = findings.ofReview(review).get(0).id();
        UUID police = agencies.byCode("NSP").orElseThrow().id();
        assertThat(findings.recommend(finding, "Share absence logs with the MASH weekly", police,
                LocalDate.now(clock).plusDays(30), lead)).isNull();
        Findings.Recommendation made = findings.recommendations(List.of(finding)).get(0);
        assertThat(made.open()).isTrue();
        assertThat(jdbc.sql("SELECT origin_type FROM handoff WHERE id = :id").param("id", made.handoffId())
                .query(String.class).single()).isEqualTo(Findings.ORIGIN);
        assertThat(sameMistakes.byCause().stream().filter(r -> r.code().equals(cause)).findFirst().orElseThrow().openActions())
                .isEqualTo(1);

        Viewer investigator = viewer(DemoUsers.POLICE_INVESTIGATOR);
        assertThat(handoffs.acknowledge(made.handoffId(), investigator).allowed()).isTrue();
        assertThat(handoffs.accept(made.handoffId(), null, investigator).allowed()).isTrue();
        assertThat(handoffs.complete(made.handoffId(), "Weekly sharing agreed", investigator).allowed()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> !findings.recommendations(List.of(finding)).get(0).open());
        assertThat(sameMistakes.byCause().stream().filter(r -> r.code().equals(cause)).findFirst().orElseThrow()
                .foundAgainAfterActionsClosed()).isFalse();

        clock.advance(Duration.ofDays(40));
        UUID later = reviews.open(null, "Review C (same mistakes test)", LocalDate.now(clock), lead).id();
        assertThat(findings.record(later, null, cause, "A child out of school for a term was not referred.", lead)).isNull();
        SameMistakes.CauseRecord record = sameMistakes.byCause().stream().filter(r -> r.code().equals(cause)).findFirst().orElseThrow();
        assertThat(record.foundAgainAfterActionsClosed()).isTrue();
        assertThat(record.openActions()).isZero();
        assertThat(sameMistakes.of(cause)).anyMatch(o -> o.afterActionsClosed() && o.reviewId().equals(later));
    }
}
