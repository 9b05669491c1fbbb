package org.interstice.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.calendar.WorkingDays;
import org.interstice.protection.alarm.AlarmReason;
import org.interstice.protection.alarm.AlarmSweep;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.alarm.ReasonCode;
import org.interstice.protection.child.Caseload;
import org.interstice.protection.common.Scope;
import org.interstice.protection.response.ContactKind;
import org.interstice.protection.response.LeadProfessionals;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.timeline.ClockKind;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.Timeline;
import org.interstice.protection.timeline.TimelineEvent;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.interstice.protection.triage.Decision;
import org.interstice.protection.triage.Outcome;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProtectionIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Contacts contacts;
    @Autowired Screenings screenings;
    @Autowired Plans plans;
    @Autowired LeadProfessionals leads;
    @Autowired Sightings sightings;
    @Autowired Timeline timeline;
    @Autowired Clocks clocks;
    @Autowired Alarms alarms;
    @Autowired AlarmSweep sweep;
    @Autowired Caseload caseload;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired org.interstice.TestClock testClock;
    @Autowired ApplicationEvents events;

    private static final List<Tick> SIGNIFICANT = List.of(new Tick("V-FAMILY", true, false),
            new Tick("S-VEHICLES", true, false), new Tick("S-HOTELS", true, false), new Tick("S-EXCHANGE", true, false));

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    private UUID newChild(String name) {
        return newChild(name, OffsetDateTime.now(clock));
    }

    private UUID newChild(String name, OffsetDateTime receivedAt) {
        var contact = contacts.receive(new NewContact(null, name + " " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now(clock).minusYears(14), "6", "Concern", null, receivedAt), viewer("police.investigator"));
        return contact.subjectId();
    }

    private String agencyToken(String agencyCode) throws Exception {
        String agency = agencies.byCode(agencyCode).orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Protection test " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }

    private Alarm openAlarm(UUID subjectId) {
        return alarms.forChild(subjectId).stream().filter(Alarm::open).findFirst().orElse(null);
    }

    private static List<ReasonCode> codes(Alarm alarm) {
        return alarm.reasons().stream().map(AlarmReason::code).toList();
    }

    @Test
    void an_agency_sends_a_contact_by_api_and_reads_the_mash_outcome_with_its_reason() throws Exception {
        String police = agencyToken("NSP");
        String body = mvc.perform(post("/api/v1/protection/contacts").with(SignIn.bearer(police))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"childName": "Api Child", "childBirthDate": "2012-05-01", "referralSource": "6",
                                 "concern": "Found with adults in a car at 2am", "referredBy": "PC Lee"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_DECISION"))
                .andExpect(jsonPath("$.decisionDueOn").value(workingDays.addWorkingDays(LocalDate.now(clock), 1).toString()))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        mvc.perform(post("/protection/contacts/" + id + "/decision").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("outcome", "NFA").param("reason", "Taxi was a relative; no concern").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/protection/contacts/" + id).with(SignIn.bearer(police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.outcome.code").value("NFA"))
                .andExpect(jsonPath("$.outcome.reason").value("Taxi was a relative; no concern"));
        mvc.perform(get("/api/v1/protection/contacts").with(SignIn.bearer(police)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/protection/contacts/" + id).with(SignIn.bearer(agencyToken("NBH"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_contact_without_a_concern_is_refused_with_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/v1/protection/contacts").with(SignIn.bearer(agencyToken("NBA")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\": \"No Concern\", \"referralSource\": \"2A\", \"concern\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("concern"))
                .andExpect(jsonPath("$.detail").value("Describe the concern"));
    }

    @Test
    void a_significant_screening_with_nothing_in_place_raises_the_alarm_and_protection_clears_it() throws Exception {
        Viewer mash = viewer("mash.officer");
        Viewer practitioner = viewer("practitioner");
        var contact = contacts.receive(new NewContact(null, "Alarm Child " + UUID.randomUUID(), null, "6", "Concern", null),
                viewer("police.investigator"));
        contacts.decide(contact.id(), new Decision(Outcome.ASSESSMENT, "Exploitation risk", "N1", null),
                practitioner.teamId(), 0, mash);
        UUID child = contact.subjectId();

        var screening = screenings.record(child, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
        assertThat(screening.levelLabel()).isEqualTo("Category 4: significant");
        assertThat(screening.score()).isEqualTo(16);
        assertThat(events.stream(RiskAssessed.class).filter(e -> e.subjectId().equals(child))).hasSize(1);

        Alarm alarm = openAlarm(child);
        assertThat(alarm).isNotNull();
        assertThat(codes(alarm)).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS, ReasonCode.NO_ACTIVE_PLAN,
                ReasonCode.NO_LEAD_PROFESSIONAL, ReasonCode.NO_RECENT_CONTACT);
        assertThat(alarm.ownerTeamId()).isEqualTo(practitioner.teamId());
        assertThat(alarm.agenciesAware()).isEqualTo(2);
        assertThat(events.stream(ProtectionAlarmRaised.class).filter(e -> e.subjectId().equals(child))).hasSize(1);

        mvc.perform(get("/api/v1/protection/alarms?limit=1000").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarms[?(@.subjectId == '" + child + "')].owner.managerName").value("Tom Mercer"))
                .andExpect(jsonPath("$.alarms[?(@.subjectId == '" + child + "')].reasons[*].code", hasItem("NO_ACTIVE_PLAN")))
                .andExpect(jsonPath("$.alarms[?(@.subjectId == '" + child + "')].raisedAt").isNotEmpty());

        plans.start(child, PlanType.EXPLOITATION_SAFETY, null, LocalDate.now(clock), practitioner);
        assertThat(codes(openAlarm(child))).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS,
                ReasonCode.NO_LEAD_PROFESSIONAL, ReasonCode.NO_RECENT_CONTACT);
        leads.assign(child, "Priya Shah", practitioner.agencyId(), LocalDate.now(clock), practitioner);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, true, null, practitioner);

        assertThat(openAlarm(child)).isNull();
        assertThat(alarms.forChild(child)).singleElement().satisfies(ended -> assertThat(ended.endedHow()).isEqualTo("CONDITION_CLEARED"));
        mvc.perform(get("/api/v1/protection/alarms?limit=1000").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$.alarms[*].subjectId", not(hasItem(child.toString()))));
    }

    @Test
    void a_recorded_decision_closes_an_alarm_until_a_new_reason_appears() {
        Viewer practitioner = viewer("practitioner");
        UUID child = newChild("Decision Child");
        leads.assign(child, "Priya Shah", practitioner.agencyId(), LocalDate.now(clock), practitioner);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, null, null, practitioner);
        screenings.record(child, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
        Alarm alarm = openAlarm(child);
        assertThat(codes(alarm)).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS, ReasonCode.NO_ACTIVE_PLAN);

        alarms.closeByDecision(alarm.id(), alarm.version(), "Moving to another authority; transfer agreed", viewer("team.manager"));
        alarms.reevaluate(child);
        assertThat(openAlarm(child)).isNull();
        assertThat(alarms.byId(alarm.id()).orElseThrow().endReason()).isEqualTo("Moving to another authority; transfer agreed");

        timeline.record(child, TimelineEvent.SECTION_47_STARTED, workingDays.addWorkingDays(LocalDate.now(clock), -20), practitioner);
        Alarm again = openAlarm(child);
        assertThat(again).isNotNull();
        assertThat(again.reasons()).extracting(AlarmReason::key).contains("OVERDUE_CLOCK:ICPC");
    }

    @Test
    void only_a_manager_may_close_an_alarm_and_only_with_a_reason() {
        Viewer practitioner = viewer("practitioner");
        UUID child = newChild("Refused Close");
        screenings.record(child, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
        Alarm alarm = openAlarm(child);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alarms.closeByDecision(alarm.id(), alarm.version(), "x", practitioner))
                .hasMessage("Only a team manager or panel chair can close an alarm");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alarms.closeByDecision(alarm.id(), alarm.version(), " ", viewer("team.manager")))
                .hasMessage("Give the reason for closing the alarm");
        assertThat(openAlarm(child)).isNotNull();
    }

    @Test
    void a_completed_assessment_records_cin_census_factors_including_exploitation_codes() {
        Viewer mash = viewer("mash.officer");
        Viewer worker = viewer("social.worker");
        UUID child = newChild("Factors Child");
        var contact = contacts.forChild(child).get(0);
        contacts.decide(contact.id(), new Decision(Outcome.ASSESSMENT, "Assess", "N1", null), worker.teamId(), contact.version(), mash);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> timeline.record(child, TimelineEvent.ASSESSMENT_COMPLETED,
                LocalDate.now(clock), List.of("11A", "99Z"), worker)).hasMessage("Unknown factor code 99Z");
        assertThat(timeline.factors(child)).isEmpty();

        timeline.record(child, TimelineEvent.ASSESSMENT_COMPLETED, LocalDate.now(clock), List.of("24A", "10A", "11A"), worker);
        assertThat(timeline.factors(child)).extracting(Timeline.Factor::code).containsExactly("10A", "11A", "24A");
        assertThat(timeline.factors(child)).extracting(Timeline.Factor::label).contains("Child sexual exploitation");
        assertThat(clocks.forChild(child).stream().filter(c -> c.kind() == ClockKind.ASSESSMENT)).singleElement()
                .satisfies(c -> assertThat(c.completedOn()).isEqualTo(LocalDate.now(clock)));
    }

    @Test
    void the_initial_conference_counts_from_the_last_strategy_discussion() {
        Viewer practitioner = viewer("practitioner");
        UUID child = newChild("Two Discussions");
        LocalDate first = workingDays.addWorkingDays(LocalDate.now(clock), -12);
        LocalDate last = workingDays.addWorkingDays(LocalDate.now(clock), -3);
        timeline.record(child, TimelineEvent.SECTION_47_STARTED, first, practitioner);
        timeline.record(child, TimelineEvent.SECTION_47_STARTED, last, practitioner);

        var icpc = clocks.forChild(child).stream().filter(c -> c.kind() == ClockKind.ICPC).toList();
        assertThat(icpc).hasSize(2);
        assertThat(icpc.stream().filter(Clocks.ClockRow::open)).singleElement().satisfies(open -> {
            assertThat(open.startedOn()).isEqualTo(last);
            assertThat(open.dueOn()).isEqualTo(workingDays.addWorkingDays(last, 15));
        });
    }

    @Test
    void an_assessment_past_45_working_days_is_on_the_teams_overdue_list_and_the_childs_timeline() throws Exception {
        Viewer assessmentWorker = viewer("social.worker");
        OffsetDateTime received = OffsetDateTime.now(clock).minusDays(90);
        UUID child = newChild("Late Assessment", received);
        var contact = contacts.forChild(child).get(0);
        contacts.decide(contact.id(), new Decision(Outcome.ASSESSMENT, "Assess", null, null), assessmentWorker.teamId(),
                contact.version(), viewer("mash.officer"));

        LocalDate due = workingDays.addWorkingDays(received.atZoneSameInstant(clock.getZone()).toLocalDate(), 45);
        assertThat(clocks.overdueForTeam(assessmentWorker.teamId(), LocalDate.now(clock), 1000))
                .anySatisfy(row -> {
                    assertThat(row.subjectId()).isEqualTo(child);
                    assertThat(row.kind()).isEqualTo(ClockKind.ASSESSMENT);
                    assertThat(row.dueOn()).isEqualTo(due);
                });
        mvc.perform(get("/protection/overdue").with(SignIn.as("assessment.manager", Role.TEAM_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(contacts.forChild(child).get(0).childName())));
    }

    @Test
    void the_sweep_raises_an_alarm_when_a_clock_falls_overdue_with_the_passing_of_time() {
        Viewer practitioner = viewer("practitioner");
        UUID child = newChild("Swept Child");
        var contact = contacts.forChild(child).get(0);
        contacts.decide(contact.id(), new Decision(Outcome.EARLY_HELP, "Early help offered", null, null), practitioner.teamId(),
                contact.version(), viewer("mash.officer"));
        screenings.record(child, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
        plans.start(child, PlanType.CHILD_PROTECTION, "SAB", LocalDate.now(clock), practitioner);
        leads.assign(child, "Priya Shah", practitioner.agencyId(), LocalDate.now(clock), practitioner);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, null, null, practitioner);
        assertThat(openAlarm(child)).isNull();
        LocalDate visitDue = clocks.forChild(child).stream().filter(c -> c.kind() == ClockKind.VISIT && c.open())
                .findFirst().orElseThrow().dueOn();

        testClock.advance(java.time.Duration.ofDays(20));
        assertThat(LocalDate.now(clock)).isAfter(visitDue);
        assertThat(sweep.sweep()).isPositive();

        // The child protection plan's first core group (10 working days from the conference) fell overdue too.
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::key).containsExactlyInAnyOrder("RISK_AT_TOP_LEVELS",
                "OVERDUE_CLOCK:VISIT", "OVERDUE_CLOCK:CORE_GROUP");
    }

    @Test
    void a_referral_on_christmas_eve_2026_is_decided_after_the_holidays_and_assessed_by_2_march_2027() {
        testClock.set(java.time.ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, java.time.ZoneId.of("Europe/London")).toInstant());
        var contact = contacts.receive(new NewContact(null, "Christmas Eve " + UUID.randomUUID(), null, "3E", "Concern", null),
                viewer("ed.nurse"));
        assertThat(contact.decisionDueOn()).isEqualTo(LocalDate.of(2026, 12, 29));

        testClock.set(java.time.ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, java.time.ZoneId.of("Europe/London")).toInstant());
        contacts.decide(contact.id(), new Decision(Outcome.ASSESSMENT, "Assess", "N1", null), viewer("social.worker").teamId(),
                contact.version(), viewer("mash.officer"));
        var assessment = clocks.forChild(contact.subjectId()).stream().filter(c -> c.kind() == ClockKind.ASSESSMENT)
                .findFirst().orElseThrow();
        assertThat(assessment.startedOn()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(assessment.dueOn()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(assessment.basis()).isEqualTo("Within 45 working days from referral on 24 December 2026");
        assertThat(clocks.forChild(contact.subjectId()).stream().filter(c -> c.kind() == ClockKind.REFERRAL_DECISION)
                .findFirst().orElseThrow().status(LocalDate.of(2026, 12, 29))).isEqualTo("Completed");
    }

    @Test
    void pages_about_one_child_are_closed_to_elected_members_administrators_and_partnership_leads() throws Exception {
        UUID child = newChild("Closed Pages");
        var contact = contacts.forChild(child).get(0);
        for (Role role : List.of(Role.ELECTED_MEMBER, Role.SYSTEM_ADMINISTRATOR, Role.PARTNERSHIP_LEAD, Role.AUDITOR,
                Role.INTELLIGENCE_ANALYST)) {
            mvc.perform(get("/protection/children/" + child).with(SignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/protection/contacts/" + contact.id()).with(SignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/protection/children/" + child + "/screenings/new").with(SignIn.as(role))).andExpect(status().isForbidden());
        }
        for (Role role : List.of(Role.PANEL_CHAIR, Role.MASH_OFFICER, Role.POLICE_INVESTIGATOR)) {
            mvc.perform(get("/protection/children/" + child).with(SignIn.as(role))).andExpect(status().isOk());
        }
    }

    @Test
    void a_child_is_visible_only_to_agencies_involved_and_to_partnership_roles() throws Exception {
        UUID child = newChild("Need To Know");
        assertThat(caseload.visible(child, Scope.of(viewer("licensing.officer")))).isFalse();
        assertThat(caseload.visible(child, Scope.of(viewer("police.investigator")))).isTrue();
        assertThat(caseload.visible(child, Scope.of(viewer("panel.chair")))).isTrue();
        mvc.perform(get("/protection/children/" + child).with(SignIn.as("licensing.officer", Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk());
    }

    @Test
    void the_northbridge_demo_holds_children_the_alarm_must_find_and_children_it_must_not() throws Exception {
        mvc.perform(get("/protection/alarms?sort=risk").with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsStringIgnoringCase("Jade Whitaker"),
                        org.hamcrest.Matchers.containsStringIgnoringCase("Daniel Fox"),
                        org.hamcrest.Matchers.containsStringIgnoringCase("Tyler Hughes"),
                        org.hamcrest.Matchers.containsStringIgnoringCase("Chloe Marsden"),
                        org.hamcrest.Matchers.containsStringIgnoringCase("Ellie Sutton"),
                        not(org.hamcrest.Matchers.containsStringIgnoringCase("Leah Brennan")),
                        not(org.hamcrest.Matchers.containsStringIgnoringCase("Maya Thornton")),
                        not(org.hamcrest.Matchers.containsStringIgnoringCase("Ruby Ellis")))));
        mvc.perform(get("/protection/mash").with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsStringIgnoringCase("Amber Lawson")));
    }
}
