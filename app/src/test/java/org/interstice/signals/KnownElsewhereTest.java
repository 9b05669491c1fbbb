package org.interstice.signals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.TestClock;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.identity.PersonIntake;
import org.interstice.protection.alarm.AlarmReason;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.alarm.ReasonCode;
import org.interstice.protection.elsewhere.KnownElsewhereDesk;
import org.interstice.protection.elsewhere.KnownElsewhereSweep;
import org.interstice.protection.triage.Contacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Known elsewhere, not yet in front of social care: other agencies' signals bring a child to the MASH, or prompt a
 * re-screening of a child already open; a missing episode opens a return home interview clock that becomes an alarm
 * reason when overdue.
 */
@IntegrationTest
class KnownElsewhereTest {

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
    @Autowired
    Contacts contacts;
    @Autowired
    Alarms alarms;
    @Autowired
    KnownElsewhereDesk desk;
    @Autowired
    KnownElsewhere knownElsewhere;
    @Autowired
    KnownElsewhereSweep sweep;
    @Autowired
    ReturnHomeInterviews interviews;

    private UUID schoolChild() {
        return SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.now(clock).minusYears(14));
    }

    private String report(String token, UUID child, String body, String sanitised) throws Exception {
        return mvc.perform(post("/api/v1/intelligence/reports").with(SignIn.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn": "%s", "sourceType": "POLICE_OFFICER", "body": "%s", %s
                                 "gradingSystem": "3x5x2", "source": "1", "information": "B", "handling": "P",
                                 "mentions": [{"entity": {"type": "PERSON", "value": "The child", "subjectId": "%s"}, "role": "CHILD_AT_RISK"}]}"""
                                .formatted(LocalDate.now(clock), body,
                                        sanitised == null ? "" : "\"sanitisedSummary\": \"" + sanitised + "\",", child)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private List<Contacts.Contact> contactsOf(UUID child) {
        return contacts.forChild(child);
    }

    @Test
    void two_police_intelligence_reports_naming_a_child_at_risk_bring_the_child_to_the_mash_within_a_minute() throws Exception {
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        UUID child = schoolChild();
        report(police, child, "Found at 02:10 in a parked car with two men in their thirties",
                "Found at 02:10 in a parked car with two men in their thirties");
        report(police, child, "Returned after a night missing with a new phone", null);

        await().atMost(Duration.ofSeconds(60)).until(() -> !contactsOf(child).isEmpty());
        Contacts.Contact contact = contactsOf(child).get(0);
        assertThat(contactsOf(child)).hasSize(1);
        assertThat(contact.concern()).startsWith("Notification from Northshire Police: 2 signals")
                .contains("2 risk signals from other agencies in 90 days")
                .contains("Northshire Police 2");
        assertThat(contact.referralSource()).isEqualTo("6");
        assertThat(contact.decided()).isFalse();

        String theirs = mvc.perform(get("/api/v1/protection/contacts").with(SignIn.bearer(police)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(theirs).contains(contact.id().toString()).contains("Notification from Northshire Police: 2 signals");
        String queue = mvc.perform(get("/protection/mash").with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("/protection/contacts/" + contact.id());

        // the same signals never act twice
        assertThat(desk.consider(child)).isEmpty();
        sweep.sweep();
        assertThat(contactsOf(child)).hasSize(1);

        // an alarm says why: exploitation signals and nobody has screened the child (issue 14, item 2)
        await().atMost(Duration.ofSeconds(10)).until(() -> openAlarm(child) != null);
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::code).contains(ReasonCode.NOT_YET_SCREENED);
    }

    @Test
    void an_intelligence_report_from_a_school_is_a_signal_from_the_school_not_police_intelligence() throws Exception {
        String school = SignalFixtures.token(mvc, agencies, "NBC-EDU");
        UUID child = schoolChild();
        report(school, child, "Seen getting into a car with older men at the school gate", "Seen with older men at the gate");

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM signal WHERE subject_id = :id")
                .param("id", child).query(Long.class).single() > 0);
        record Row(String kind, String label, String agency) {
        }
        Row row = jdbc.sql("""
                SELECT s.kind, k.label, a.code AS agency FROM signal s JOIN signal_kind k ON k.code = s.kind
                JOIN agency a ON a.id = s.agency_id WHERE s.subject_id = :id""").param("id", child).query(Row.class).single();
        assertThat(row).isEqualTo(new Row("AGENCY_INTELLIGENCE", "Intelligence report naming the child at risk", "NBC-EDU"));
        // it indicates exploitation, as police intelligence does (for the "not yet screened" alarm reason)
        assertThat(knownElsewhere.exploitationIndicators(child)).extracting(KnownElsewhere.ExploitationSignal::kindLabel)
                .containsExactly("Intelligence report naming the child at risk");
    }

    @Test
    void a_missing_episode_reported_by_the_police_brings_the_child_to_the_mash_within_a_minute() throws Exception {
        UUID child = schoolChild();
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "MISSING_EPISODE", "sourceId": "MISS-%s", "subjectId": "%s", "occurredAt": "%s",
                                 "summary": "Reported missing from home at 22:00"}"""
                                .formatted(UUID.randomUUID(), child, OffsetDateTime.now(clock).minusHours(5))))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(60)).until(() -> !contactsOf(child).isEmpty());
        assertThat(contactsOf(child).get(0).concern()).startsWith("Notification from Northshire Police: 1 signal")
                .contains("Missing episode on");
    }

    @Test
    void one_signal_is_not_enough_but_the_sweep_brings_the_child_when_the_rule_is_met() {
        UUID child = schoolChild();
        var police = users.viewerFor("police.investigator").orElseThrow();
        tx.executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO signal (id, kind, agency_id, source_id, subject_id, occurred_at, summary, received_via, recorded_at, recorded_by)
                VALUES (:id, 'POLICE_INCIDENT', :agency, :source, :child, :at, 'Stopped with cash', 'DEMO', :at, 'test')""")
                .param("id", UUID.randomUUID()).param("agency", police.agencyId()).param("source", "INC-" + UUID.randomUUID())
                .param("child", child).param("at", OffsetDateTime.now(clock).minusDays(10)).update());
        assertThat(desk.consider(child)).isEmpty();
        assertThat(contactsOf(child)).isEmpty();

        var health = users.viewerFor("ed.nurse").orElseThrow();
        tx.executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO signal (id, kind, agency_id, source_id, subject_id, occurred_at, summary, received_via, recorded_at, recorded_by)
                VALUES (:id, 'EMERGENCY_ATTENDANCE', :agency, :source, :child, :at, 'Attended intoxicated', 'DEMO', :at, 'test')""")
                .param("id", UUID.randomUUID()).param("agency", health.agencyId()).param("source", "ED-" + UUID.randomUUID())
                .param("child", child).param("at", OffsetDateTime.now(clock).minusDays(3)).update());
        KnownElsewhereSweep.Result result = sweep.sweep();
        assertThat(result.contacts()).isGreaterThanOrEqualTo(1);
        assertThat(contactsOf(child)).hasSize(1);
        assertThat(contactsOf(child).get(0).concern()).contains("2 risk signals from other agencies");
    }

    @Test
    void a_child_already_open_to_social_care_gets_a_re_screening_prompt_not_a_second_contact() throws Exception {
        UUID child = schoolChild();
        var school = users.viewerFor("nba.dsl").orElseThrow();
        contacts.receive(new Contacts.NewContact(child, "Open Child", LocalDate.now(clock).minusYears(14), "2A",
                "Missing lessons", null), school);
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"kind": "FOUND_WITH_OLDER_ADULTS", "sourceId": "%s", "subjectId": "%s",
                                     "occurredAt": "%s", "summary": "Found with two adult men at a flat"}"""
                                    .formatted(UUID.randomUUID(), child, OffsetDateTime.now(clock).minusDays(i + 1))))
                    .andExpect(status().isCreated());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> desk.last(child).isPresent());
        assertThat(desk.last(child).orElseThrow().action()).isEqualTo("RESCREEN");
        assertThat(contactsOf(child)).hasSize(1);
        String page = mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"rescreen-prompt\"").contains("Found with two adult men at a flat");
    }

    @Test
    void a_missing_episode_opens_a_return_home_interview_clock_that_is_an_alarm_reason_when_overdue() throws Exception {
        UUID child = schoolChild();
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        OffsetDateTime returned = OffsetDateTime.now(clock).minusHours(2);
        mvc.perform(post("/api/v1/signals").with(SignIn.bearer(police)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "MISSING_EPISODE", "sourceId": "MISS-%s", "subjectId": "%s", "occurredAt": "%s",
                                 "endedAt": "%s", "place": "A flat in Leeds", "exploitationIndicator": true,
                                 "summary": "Missing overnight; found out of area with a new phone"}"""
                                .formatted(UUID.randomUUID(), child, returned.minusHours(20), returned)))
                .andExpect(status().isCreated());
        ReturnHomeInterviews.Interview interview = interviews.forChild(child).get(0);
        assertThat(Duration.between(returned.plusHours(72), interview.dueAt()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(interview.ownerAgency()).isEqualTo("Northbridge Council Children's Social Care");
        // any missing episode with an exploitation indicator brings the child to the MASH
        await().atMost(Duration.ofSeconds(60)).until(() -> !contactsOf(child).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> openAlarm(child) != null);
        assertThat(codes(child)).doesNotContain(ReasonCode.RETURN_INTERVIEW_OVERDUE);

        clock.advance(Duration.ofHours(69));
        interviews.noticeOverdue();
        assertThat(interviews.overdueForChild(child)).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(interviews.noticeOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(interviews.overdueForChild(child)).extracting(ReturnHomeInterviews.Interview::id).containsExactly(interview.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> codes(child).contains(ReasonCode.RETURN_INTERVIEW_OVERDUE));
        assertThat(interviews.overdue(null, 1000)).extracting(ReturnHomeInterviews.Interview::id).contains(interview.id());
        String list = mvc.perform(get("/signals/return-interviews").with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/signals/return-interviews/" + interview.id());

        // offered: no longer overdue, and the reason clears on the next evaluation
        var socialWorker = users.viewerFor("practitioner").orElseThrow();
        interviews.record(interview.id(), ReturnHomeInterviews.Status.OFFERED, OffsetDateTime.now(clock), null, 0, socialWorker);
        assertThat(interviews.overdueForChild(child)).isEmpty();
    }

    private Alarm openAlarm(UUID child) {
        return alarms.forChild(child).stream().filter(Alarm::open).findFirst().orElse(null);
    }

    private List<ReasonCode> codes(UUID child) {
        Alarm alarm = openAlarm(child);
        return alarm == null ? List.of() : alarm.reasons().stream().map(AlarmReason::code).toList();
    }
}
