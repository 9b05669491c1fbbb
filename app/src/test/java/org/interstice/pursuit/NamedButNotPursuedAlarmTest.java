package org.interstice.pursuit;

import org.interstice.MadeUpNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.ReportRecording;
import org.interstice.pursuit.internal.AlarmSweep;
import org.interstice.pursuit.internal.Alarms;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class NamedButNotPursuedAlarmTest {

    @Autowired MockMvc mvc;
    @Autowired ReportRecording recording;
    @Autowired SuspectPathway pathway;
    @Autowired AlarmSweep sweep;
    @Autowired Alarms alarms;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;
    @Autowired Contacts contacts;
    @Autowired Screenings screenings;
    PursuitFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PursuitFixtures(recording, users, clock);
    }

    /** Three agencies each name the same (identified) suspect; the last report 40 days ago. */
    private UUID namedByThreeAgencies(UUID subjectId, int lastDaysAgo) {
        return pathway.suspectFor(fx.namedByThreeAgencies(subjectId, lastDaysAgo)).orElseThrow();
    }

    @Test
    void a_suspect_named_by_three_agencies_and_not_pursued_for_28_days_appears_in_the_alarm_api() throws Exception {
        UUID subject = UUID.randomUUID();
        UUID suspect = namedByThreeAgencies(subject, 40);

        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarms[?(@.suspectSubjectId == '" + subject + "')].independentReportCount").value(3))
                .andExpect(jsonPath("$.alarms[?(@.suspectSubjectId == '" + subject + "')].dueOn").value(fx.daysAgo(12).toString()))
                .andExpect(jsonPath("$.alarms[?(@.suspectSubjectId == '" + subject + "')].escalated").value(false))
                .andExpect(jsonPath("$.alarms[?(@.suspectSubjectId == '" + subject + "')].raisedAt").exists());

        // the police lead is the owner
        mvc.perform(post("/pursuit/suspects/" + suspect + "/lead").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("lead", users.byUsername(DemoUsers.POLICE_INVESTIGATOR).orElseThrow().id().toString())
                        .param("version", String.valueOf(pathway.version(suspect))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$.alarms[?(@.suspectId == '" + suspect + "')].owner.name").value("DC Ian Patel"));

        // a disruption action ends the alarm
        mvc.perform(post("/pursuit/suspects/" + suspect + "/disruption").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("type", "SRO").param("takenOn", fx.daysAgo(0).toString()).param("expiresOn", fx.daysAgo(-180).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(alarms.openFor(suspect)).isEmpty();
        assertThat(alarms.endedFor(suspect)).singleElement().satisfies(e -> assertThat(e.endKind()).isEqualTo("ACTION"));
        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$.alarms[*].suspectId", not(hasItem(suspect.toString()))));
    }

    @Test
    void raising_and_escalating_publish_events_as_time_passes() {
        UUID subject = UUID.randomUUID();
        UUID suspect = namedByThreeAgencies(subject, 10);
        assertThat(alarms.openFor(suspect)).as("not due for another 18 days").isEmpty();
        LocalDate today = LocalDate.now(clock);
        sweep.sweep(List.of(suspect), today.plusDays(18));
        assertThat(events.stream(PursuitAlarmRaised.class))
                .anyMatch(e -> e.suspectId().equals(suspect) && subject.equals(e.subjectId()) && e.dueOn().equals(today.plusDays(18)));
        sweep.sweep(List.of(suspect), today.plusDays(32));
        assertThat(events.stream(PursuitAlarmEscalated.class)).anyMatch(e -> e.suspectId().equals(suspect));
    }

    @Test
    void an_action_ends_the_alarm_and_restarts_the_clock_from_its_date() {
        UUID suspect = namedByThreeAgencies(null, 100);
        assertThat(alarms.openFor(suspect).orElseThrow().dueOn()).isEqualTo(fx.daysAgo(72));
        var police = fx.viewer(DemoUsers.POLICE_INVESTIGATOR);
        assertThat(pathway.disrupt(police, suspect, DisruptionType.LICENSING_REFERRAL, null, fx.daysAgo(40), null, null).done()).isTrue();
        assertThat(alarms.endedFor(suspect)).singleElement().satisfies(e -> assertThat(e.endKind()).isEqualTo("ACTION"));
        var again = alarms.openFor(suspect).orElseThrow();
        assertThat(again.dueOn()).isEqualTo(fx.daysAgo(12));
        assertThat(again.reasons()).contains("No pursuit or disruption action since " + fx.daysAgo(40));
        // an action dated in the future is refused
        assertThat(pathway.disrupt(police, suspect, DisruptionType.CAWN, null, fx.daysAgo(-3), null, null).refusal())
                .isEqualTo("The date the notice was issued must be today or in the past");
    }

    @Test
    void the_alarm_api_needs_the_partnership_scope() throws Exception {
        mvc.perform(get("/api/v1/pursuit/alarms")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.as(Role.POLICE_INVESTIGATOR))).andExpect(status().isForbidden());
    }

    @Test
    void reports_from_one_source_are_not_independent_and_raise_no_alarm() {
        var first = fx.name("outreach.worker", 90, EntityRef.person(MadeUpNames.person(), null));
        UUID person = first.suspectPersonIds().get(0);
        fx.name("outreach.worker", 80, EntityRef.existing(person));
        fx.name("outreach.worker", 70, EntityRef.existing(person));
        UUID suspect = pathway.suspectFor(person).orElseThrow();
        sweep.sweep(List.of(suspect), LocalDate.now(clock));
        assertThat(alarms.openFor(suspect)).isEmpty();
    }

    private static final java.util.concurrent.atomic.AtomicInteger BIRTHDAYS = new java.util.concurrent.atomic.AtomicInteger();
    /** Made-up names and birthdays weeks apart: near-identical children rightly wait for identity's review. */

    /** A child protection has screened: significant (the top level) or low (the bottom level). */
    private UUID childScreened(boolean significant) {
        int n = BIRTHDAYS.getAndIncrement();
        LocalDate born = LocalDate.now(clock).minusYears(14).minusDays(n * 53L % 1000);
        UUID child = contacts.receive(new Contacts.NewContact(null, MadeUpNames.person(), born,
                "6", "Concern", null, java.time.OffsetDateTime.now(clock).minusDays(70)), fx.viewer("police.investigator")).subjectId();
        screen(child, significant);
        return child;
    }

    private void screen(UUID child, boolean significant) {
        screenings.record(child, significant ? SIGNIFICANT : LOW, false, LocalDate.now(clock), null, fx.viewer("practitioner"));
    }

    private static final List<Screenings.Tick> SIGNIFICANT = List.of(new Screenings.Tick("V-FAMILY", true, false),
            new Screenings.Tick("S-VEHICLES", true, false), new Screenings.Tick("S-HOTELS", true, false), new Screenings.Tick("S-EXCHANGE", true, false));
    private static final List<Screenings.Tick> LOW = List.of(new Screenings.Tick("V-FAMILY", true, false));

    private static EntityRef child(UUID subjectId) {
        return EntityRef.person(MadeUpNames.person(), subjectId);
    }

    @Test
    void two_children_whom_protection_assesses_at_risk_raise_the_alarm_and_an_unanswered_alarm_escalates_to_the_panel() throws Exception {
        UUID ellie = childScreened(true), mia = childScreened(true);
        var o = fx.name("ed.nurse", 60, EntityRef.person(MadeUpNames.person(), null), child(ellie), child(mia));
        UUID suspect = pathway.suspectFor(o.suspectPersonIds().get(0)).orElseThrow();
        var alarm = alarms.openFor(suspect).orElseThrow();
        assertThat(alarm.linkedChildren()).hasSize(2);
        assertThat(alarm.escalated()).isTrue();
        assertThat(alarm.reasons()).contains("Linked to 2 children at risk", "Escalated to the exploitation panel on " + fx.daysAgo(60 - 42));
        mvc.perform(get("/pursuit/alarms").with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Escalated to panel")));
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("linked to 2 children at risk (of 2 children linked")));
    }

    @Test
    void children_count_only_while_protection_assesses_them_at_risk() {
        UUID ellie = childScreened(true), mia = childScreened(true);
        // 29 days ago: the 28 days without action have run out
        var o = fx.name("ed.nurse", 29, EntityRef.person(MadeUpNames.person(), null), child(ellie), child(mia));
        UUID suspect = pathway.suspectFor(o.suspectPersonIds().get(0)).orElseThrow();
        assertThat(alarms.openFor(suspect)).hasValueSatisfying(a -> assertThat(a.linkedChildren()).hasSize(2));

        // protection lowers Mia's risk to the bottom level: Ellie, at the top level, still holds the alarm (issue 14)
        screen(mia, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> alarms.openFor(suspect).map(a -> a.linkedChildren().size() == 1).orElse(false));
        // and Ellie's too: no child at risk, and the alarm ends
        screen(ellie, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> alarms.openFor(suspect).isEmpty());

        // Mia's risk rises again: the alarm is raised again
        screen(mia, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> alarms.openFor(suspect).isPresent());
    }

    @Test
    void a_child_with_no_protection_record_or_unidentified_does_not_count() {
        UUID ellie = childScreened(true);
        UUID unknownToProtection = UUID.randomUUID();
        // Ellie is at the top level, so she alone is enough (issue 14); the unidentified child does not count with her
        var o = fx.name("ed.nurse", 60, EntityRef.person(MadeUpNames.person(), null),
                child(ellie), EntityRef.person(MadeUpNames.person(), null));
        assertThat(alarms.openFor(pathway.suspectFor(o.suspectPersonIds().get(0)).orElseThrow()))
                .hasValueSatisfying(a -> assertThat(a.linkedChildren()).hasSize(1));
        // a child merely an unknown subject, one unidentified and one screened at the bottom level: no alarm
        var p = fx.name("ed.nurse", 60, EntityRef.person(MadeUpNames.person(), null), child(unknownToProtection),
                EntityRef.person(MadeUpNames.person(), null), child(childScreened(false)));
        assertThat(alarms.openFor(pathway.suspectFor(p.suspectPersonIds().get(0)).orElseThrow())).isEmpty();
    }

    @Test
    void a_decision_ends_the_alarm_only_with_a_reason_and_new_intelligence_raises_it_again() throws Exception {
        UUID suspect = namedByThreeAgencies(null, 35);
        assertThat(alarms.openFor(suspect)).isPresent();

        mvc.perform(post("/pursuit/suspects/" + suspect + "/decision").with(SignIn.as(Role.PANEL_CHAIR)).with(csrf()).param("reason", "no"))
                .andExpect(status().is3xxRedirection());
        assertThat(alarms.openFor(suspect)).as("a decision without a reason is refused").isPresent();

        mvc.perform(post("/pursuit/suspects/" + suspect + "/decision").with(SignIn.as(Role.PANEL_CHAIR)).with(csrf())
                        .param("reason", "Named person has left the country; Interpol notice in place"))
                .andExpect(status().is3xxRedirection());
        assertThat(alarms.openFor(suspect)).isEmpty();
        assertThat(alarms.endedFor(suspect)).singleElement().satisfies(e -> {
            assertThat(e.endKind()).isEqualTo("DECISION");
            assertThat(e.endReason()).contains("Interpol");
        });
        sweep.sweepAll(LocalDate.now(clock));
        assertThat(alarms.openFor(suspect)).as("the decision holds while nothing new arrives").isEmpty();

        // named again by a new source 30 days ago (recorded today, dated then)
        UUID person = jdbc.sql("select person_entity_id from suspect where id = ?").param(suspect).query(UUID.class).single();
        // the decision was recorded today, so only intelligence dated after today would count: move it back by a month
        jdbc.sql("update pursuit_alarm set ended_at = ended_at - interval '40 days' where suspect_id = ?").param(suspect).update();
        fx.name("yjs.worker", 30, EntityRef.existing(person));
        sweep.sweep(List.of(suspect), LocalDate.now(clock));
        assertThat(alarms.openFor(suspect)).isPresent();
    }

    @Test
    void elected_members_and_system_administrators_never_see_suspects_or_alarms() throws Exception {
        for (Role role : List.of(Role.ELECTED_MEMBER, Role.SYSTEM_ADMINISTRATOR, Role.PRACTITIONER, Role.AUDITOR)) {
            mvc.perform(get("/pursuit/alarms").with(SignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/pursuit/suspects").with(SignIn.as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void a_listener_registers_every_person_named_as_a_suspect() {
        var o = fx.name("smh.dsl", 5, EntityRef.person(MadeUpNames.person(), null));
        UUID person = o.suspectPersonIds().get(0);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("select count(*) from suspect where person_entity_id = ?").param(person).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select stage from suspect where person_entity_id = ?").param(person).query(String.class).single()).isEqualTo("NAMED");
    }
}
