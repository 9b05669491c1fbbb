package org.interstice.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.TestClock;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.calendar.WorkingDays;
import org.interstice.protection.alarm.AlarmReason;
import org.interstice.protection.alarm.AlarmSweep;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.alarm.ReasonCode;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.response.ContactKind;
import org.interstice.protection.response.LeadProfessionals;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.LevelBasis;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.timeline.ClockKind;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.Clocks.ClockRow;
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
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, protection items: worked cases against the real database, with time moved by the test clock. */
@IntegrationTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NeverLeftUnseenTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Contacts contacts;
    @Autowired Screenings screenings;
    @Autowired Plans plans;
    @Autowired LeadProfessionals leads;
    @Autowired Sightings sightings;
    @Autowired Timeline timeline;
    @Autowired Clocks clocks;
    @Autowired Alarms alarms;
    @Autowired AlarmSweep sweep;
    @Autowired WorkingDays workingDays;
    @Autowired Clock clock;
    @Autowired TestClock testClock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Moves the test clock to the day after {@code due}. */
    private void passBeyond(LocalDate due) {
        testClock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), due) + 1));
    }

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    private UUID childInAssessment(String name) {
        var contact = contacts.receive(new NewContact(null, name + " " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now(clock).minusYears(14), "6", "Concern", null), viewer("police.investigator"));
        contacts.decide(contact.id(), new Decision(Outcome.ASSESSMENT, "Assess exploitation risk", "N1", null),
                viewer("practitioner").teamId(), contact.version(), viewer("mash.officer"));
        return contact.subjectId();
    }

    private Alarm openAlarm(UUID subjectId) {
        return alarms.forChild(subjectId).stream().filter(Alarm::open).findFirst().orElse(null);
    }

    private ClockRow clock(UUID child, ClockKind kind) {
        return clocks.forChild(child).stream().filter(c -> c.kind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    // Item 1

    @Test
    void one_significant_incident_screens_at_the_top_level_and_the_page_says_why() throws Exception {
        UUID child = childInAssessment("Significant Incident");
        var screening = screenings.record(child, List.of(new Tick("S-UNDER-13", true, false)), false,
                LocalDate.now(clock), null, viewer("practitioner"));
        assertThat(screening.score()).isEqualTo(5);
        assertThat(screening.levelLabel()).isEqualTo("Category 4: significant");
        assertThat(screening.levelBasis()).isEqualTo(LevelBasis.SIGNIFICANT_INCIDENT);
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::code).contains(ReasonCode.RISK_AT_TOP_LEVELS);
        mvc.perform(get("/protection/screenings/" + screening.id()).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Significant incident: A child under 13 subjected to penetrative sex (recent)")));
        mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(content().string(containsString("Category 4: significant (significant incident)")));
        mvc.perform(get("/api/v1/protection/children/" + child + "/screenings/latest").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("Category 4: significant"))
                .andExpect(jsonPath("$.levelBasis").value("SIGNIFICANT_INCIDENT"))
                .andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.startsWith("Significant incident: A child under 13")));
    }

    @Test
    void a_professional_judgement_raises_the_level_records_who_and_why_and_cannot_lower_it() {
        UUID child = childInAssessment("Judgement");
        Viewer practitioner = viewer("practitioner");
        List<Tick> mild = List.of(new Tick("V-FAMILY", true, false), new Tick("M-MISSING", true, false));
        assertThatThrownBy(() -> screenings.record(child, mild, false, LocalDate.now(clock), null, 1, "Fine", practitioner))
                .isInstanceOf(Refusal.class).hasMessageContaining("can only raise")
                .extracting(e -> ((Refusal) e).field()).isEqualTo("judgementRank");
        assertThatThrownBy(() -> screenings.record(child, mild, false, LocalDate.now(clock), null, 3, " ", practitioner))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).field()).isEqualTo("judgementReason");

        var screening = screenings.record(child, mild, false, LocalDate.now(clock), null, 3,
                "Seen with older men at the bus station twice this week", practitioner);
        assertThat(screening.levelLabel()).isEqualTo("Category 3: moderate");
        assertThat(screening.judgementBy()).isEqualTo(practitioner.displayName());
        assertThat(screening.howReached()).startsWith("Raised to \"Category 3: moderate\" by the professional judgement of "
                + practitioner.displayName() + ": Seen with older men");
    }

    // Item 2

    @Test
    void cin_factor_11a_raises_not_yet_screened_before_anyone_screens_and_a_screening_clears_it() throws Exception {
        UUID child = childInAssessment("Factor Only");
        Viewer worker = viewer("practitioner");
        LocalDate today = LocalDate.now(clock);
        assertThat(openAlarm(child)).isNull();

        timeline.record(child, TimelineEvent.ASSESSMENT_COMPLETED, today, List.of("11A", "3B"), worker);

        Alarm alarm = openAlarm(child);
        assertThat(alarm).isNotNull();
        String reason = "Not yet screened: CIN factor 11A (child sexual exploitation) recorded on " + DAY.format(today);
        assertThat(alarm.reasons()).extracting(AlarmReason::text).contains(reason);
        assertThat(alarm.riskText()).isEqualTo("Not yet screened");
        mvc.perform(get("/api/v1/protection/alarms?limit=1000").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarms[?(@.subjectId == '" + child + "')].reasons[*].text", hasItem(reason)))
                .andExpect(jsonPath("$.alarms[?(@.subjectId == '" + child + "')].risk.label", hasItem("Not yet screened")));
        mvc.perform(get("/protection/alarms").with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(reason)));
        mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(reason)));

        screenings.record(child, List.of(new Tick("V-FAMILY", true, false)), false, today, null, worker);
        assertThat(openAlarm(child)).isNull();
        assertThat(alarms.forChild(child)).singleElement()
                .satisfies(ended -> assertThat(ended.endedHow()).isEqualTo("CONDITION_CLEARED"));
    }

    @Test
    void a_screening_at_the_top_level_changes_the_reason_from_not_yet_screened_to_the_risk() {
        UUID child = childInAssessment("Factor Then High");
        Viewer worker = viewer("practitioner");
        timeline.record(child, TimelineEvent.ASSESSMENT_COMPLETED, LocalDate.now(clock), List.of("24A"), worker);
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::code).containsExactly(ReasonCode.NOT_YET_SCREENED,
                ReasonCode.NO_ACTIVE_PLAN, ReasonCode.NO_LEAD_PROFESSIONAL, ReasonCode.NO_RECENT_CONTACT);

        screenings.record(child, List.of(new Tick("S-COUNTY", true, false)), false, LocalDate.now(clock), null, worker);
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::code).containsExactly(
                ReasonCode.RISK_AT_TOP_LEVELS, ReasonCode.NO_ACTIVE_PLAN, ReasonCode.NO_LEAD_PROFESSIONAL,
                ReasonCode.NO_RECENT_CONTACT);
    }

    @Test
    void a_child_protection_plan_under_sexual_abuse_raises_not_yet_screened_even_with_everything_else_in_place() {
        UUID child = childInAssessment("Sexual Abuse Plan");
        Viewer worker = viewer("practitioner");
        LocalDate today = LocalDate.now(clock);
        leads.assign(child, "Priya Shah", worker.agencyId(), today, worker);
        sightings.record(child, today, ContactKind.STATUTORY_VISIT, true, true, null, worker);
        plans.start(child, PlanType.CHILD_PROTECTION, "SAB", today, worker);

        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::text).containsExactly(
                "Not yet screened: on a child protection plan under sexual abuse since " + DAY.format(today));
    }

    @Test
    void the_sweep_finds_a_child_whose_exploitation_factor_arrived_without_a_re_evaluation() {
        UUID child = childInAssessment("Bulk Factor");
        jdbc.sql("""
                INSERT INTO assessment_factor_identified (subject_id, completed_on, factor_code, recorded_by, recorded_at)
                VALUES (:id, :on, '11A', 'bulk load', now())""").param("id", child).param("on", LocalDate.now(clock)).update();
        assertThat(openAlarm(child)).isNull();
        sweep.sweep();
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::code).contains(ReasonCode.NOT_YET_SCREENED);
    }

    // Item 3

    @Test
    void only_a_social_work_visit_that_saw_the_child_meets_the_visit_clock() {
        UUID child = childInAssessment("Visits");
        Viewer worker = viewer("practitioner");
        Viewer outreach = viewer("outreach.worker");
        LocalDate start = LocalDate.now(clock).minusDays(3);
        plans.start(child, PlanType.EXPLOITATION_SAFETY, null, start, worker);
        LocalDate due = clock(child, ClockKind.VISIT).dueOn();

        sightings.record(child, start.plusDays(1), ContactKind.OTHER_DIRECT_CONTACT, null, null, "At the youth club", outreach);
        assertThat(clock(child, ClockKind.VISIT).open()).isTrue();
        assertThatThrownBy(() -> sightings.record(child, start.plusDays(1), ContactKind.STATUTORY_VISIT, true, null, null, outreach))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("Only children's social care makes a statutory visit");
        sightings.record(child, start.plusDays(2), ContactKind.STATUTORY_VISIT, false, null, "Nobody answered", worker);
        assertThat(clock(child, ClockKind.VISIT).open()).isTrue();
        assertThat(clock(child, ClockKind.VISIT).dueOn()).isEqualTo(due);
        assertThatThrownBy(() -> sightings.record(child, start.plusDays(2), ContactKind.STATUTORY_VISIT, null, null, null, worker))
                .isInstanceOf(Refusal.class).hasMessage("Say whether the child was seen");

        sightings.record(child, start.plusDays(3), ContactKind.STATUTORY_VISIT, true, false, null, worker);
        var visits = clocks.forChild(child).stream().filter(c -> c.kind() == ClockKind.VISIT).toList();
        assertThat(visits).hasSize(2);
        assertThat(visits.get(0).completedOn()).isEqualTo(start.plusDays(3));
        assertThat(visits.get(1).dueOn()).isEqualTo(workingDays.addWorkingDays(start.plusDays(3), 10));
        assertThat(sightings.forChild(child)).extracting(Sightings.Sighting::seenText)
                .containsExactly("Child seen, not alone", "Child not seen", "Child seen");
    }

    @Test
    void another_agencys_contact_no_longer_stops_the_visit_clock_falling_overdue() {
        UUID child = childInAssessment("Outreach Only");
        Viewer worker = viewer("practitioner");
        screenings.record(child, List.of(new Tick("S-HOTELS", true, false)), false, LocalDate.now(clock), null, worker);
        plans.start(child, PlanType.EXPLOITATION_SAFETY, null, LocalDate.now(clock), worker);
        leads.assign(child, "Priya Shah", worker.agencyId(), LocalDate.now(clock), worker);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, null, null, worker);
        assertThat(openAlarm(child)).isNull();

        passBeyond(clock(child, ClockKind.VISIT).dueOn());
        sightings.record(child, LocalDate.now(clock), ContactKind.OTHER_DIRECT_CONTACT, null, true, null, viewer("outreach.worker"));
        sweep.sweep();
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::key).containsExactly("RISK_AT_TOP_LEVELS",
                "OVERDUE_CLOCK:VISIT");
    }

    // Item 4

    @Test
    void a_child_protection_plan_starts_the_core_group_clock_10_working_days_from_the_conference() {
        UUID child = childInAssessment("Core Group");
        Viewer worker = viewer("practitioner");
        LocalDate conference = LocalDate.now(clock).minusDays(1);
        timeline.record(child, TimelineEvent.SECTION_47_STARTED, conference.minusDays(14), worker);
        plans.start(child, PlanType.CHILD_PROTECTION, "NEG", conference, worker);

        ClockRow coreGroup = clock(child, ClockKind.CORE_GROUP);
        assertThat(coreGroup.dueOn()).isEqualTo(workingDays.addWorkingDays(conference, 10));
        assertThat(coreGroup.basis()).isEqualTo("Within 10 working days of the initial conference on " + DAY.format(conference));

        timeline.record(child, TimelineEvent.CORE_GROUP_HELD, LocalDate.now(clock), worker);
        assertThat(clock(child, ClockKind.CORE_GROUP).status(LocalDate.now(clock))).isEqualTo("Completed");
        assertThatThrownBy(() -> timeline.record(child, TimelineEvent.CORE_GROUP_HELD, LocalDate.now(clock), worker))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void an_overdue_core_group_is_a_reason_on_the_alarm() {
        UUID child = childInAssessment("Late Core Group");
        Viewer worker = viewer("practitioner");
        screenings.record(child, List.of(new Tick("S-HOTELS", true, false)), false, LocalDate.now(clock), null, worker);
        leads.assign(child, "Priya Shah", worker.agencyId(), LocalDate.now(clock), worker);
        plans.start(child, PlanType.CHILD_PROTECTION, "NEG", LocalDate.now(clock), worker);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, null, null, worker);
        assertThat(openAlarm(child)).isNull();
        LocalDate due = clock(child, ClockKind.CORE_GROUP).dueOn();

        passBeyond(due);
        sightings.record(child, LocalDate.now(clock), ContactKind.STATUTORY_VISIT, true, null, null, worker);
        sweep.sweep();
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::text)
                .contains("First core group meeting overdue since " + DAY.format(due));
    }

    @Test
    void icpc_not_required_closes_the_icpc_clock_with_that_reason_so_it_never_falls_overdue() {
        UUID child = childInAssessment("No Conference");
        Viewer worker = viewer("practitioner");
        assertThatThrownBy(() -> timeline.record(child, TimelineEvent.ICPC_NOT_REQUIRED, LocalDate.now(clock), worker))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("No initial conference is due");
        timeline.record(child, TimelineEvent.SECTION_47_STARTED, LocalDate.now(clock).minusDays(2), worker);
        timeline.record(child, TimelineEvent.ICPC_NOT_REQUIRED, LocalDate.now(clock), worker);

        testClock.advance(Duration.ofDays(40));
        ClockRow icpc = clock(child, ClockKind.ICPC);
        assertThat(icpc.open()).isFalse();
        assertThat(icpc.overdueOn(LocalDate.now(clock))).isFalse();
        assertThat(icpc.status(LocalDate.now(clock)))
                .isEqualTo("Not required: section 47 enquiries concluded that no initial conference was needed");
        assertThat(clocks.overdueForChild(child, LocalDate.now(clock))).extracting(o -> o.kind()).doesNotContain(ClockKind.ICPC);
    }

    // Item 7

    @Test
    void a_change_of_category_updates_the_latest_category_and_keeps_the_initial_one() throws Exception {
        UUID child = childInAssessment("Category Change");
        Viewer worker = viewer("practitioner");
        LocalDate today = LocalDate.now(clock);
        screenings.record(child, List.of(new Tick("V-FAMILY", true, false)), false, today.minusDays(5), null, worker);
        UUID planId = plans.start(child, PlanType.CHILD_PROTECTION, "NEG", today.minusDays(5), worker);
        assertThat(openAlarm(child)).isNull();

        assertThatThrownBy(() -> plans.changeCategory(planId, "NEG", today, 0, worker)).isInstanceOf(Refusal.class)
                .hasMessage("The plan is already under neglect");
        plans.changeCategory(planId, "SAB", today, 0, worker);

        var plan = plans.byId(planId).orElseThrow();
        assertThat(plan.initialCategory()).isEqualTo("NEG");
        assertThat(plan.latestCategory()).isEqualTo("SAB");
        assertThat(plan.latestCategorySince()).isEqualTo(today);
        assertThat(openAlarm(child).reasons()).extracting(AlarmReason::text).contains(
                "Not yet screened since the last screening on " + DAY.format(today.minusDays(5))
                        + ": on a child protection plan under sexual abuse since " + DAY.format(today));
        mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(content().string(containsString("Latest category: Sexual abuse since " + DAY.format(today))))
                .andExpect(content().string(containsString("Initial category: Neglect.")));
        UUID cin = plans.start(child, PlanType.CHILD_IN_NEED, null, today, worker);
        assertThatThrownBy(() -> plans.changeCategory(cin, "SAB", today, 0, worker)).isInstanceOf(Refusal.class)
                .hasMessage("Only a child protection plan has a category of abuse");
    }

    @Test
    void closing_the_last_plan_needs_a_cin_census_reason_for_closure_shown_in_words() throws Exception {
        UUID child = childInAssessment("Closure");
        Viewer worker = viewer("practitioner");
        LocalDate today = LocalDate.now(clock);
        UUID protection = plans.start(child, PlanType.CHILD_PROTECTION, "EMO", today.minusDays(30), worker);
        UUID inNeed = plans.start(child, PlanType.CHILD_IN_NEED, null, today.minusDays(1), worker);

        plans.end(protection, today, null, "Stepped down to a child in need plan", 0, worker);
        assertThat(plans.byId(protection).orElseThrow().closureReason()).isNull();

        assertThatThrownBy(() -> plans.end(inNeed, today, null, "All done", 0, worker)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).field()).isEqualTo("closureReason");
        assertThatThrownBy(() -> plans.end(inNeed, today, "RC10", null, 0, worker)).isInstanceOf(Refusal.class)
                .hasMessage("Choose a reason for closure from the list");
        plans.end(inNeed, today, "RC9", null, 0, worker);

        var ended = plans.byId(inNeed).orElseThrow();
        assertThat(ended.closureReason()).isEqualTo("RC9");
        assertThat(ended.endReason()).isEqualTo("Case closed after assessment, referred to early help");
        mvc.perform(get("/protection/children/" + child).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(content().string(containsString("Case closed after assessment, referred to early help (RC9)")))
                .andExpect(content().string(containsString("Stepped down to a child in need plan")));
    }
}
