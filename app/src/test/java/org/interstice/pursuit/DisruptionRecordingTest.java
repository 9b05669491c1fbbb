package org.interstice.pursuit;

import org.interstice.MadeUpNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.interstice.pursuit.internal.Alarms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14: STPO and STRO, CAWNs linked to the child they protect, licensing outcomes and breaches, recorded through
 * the suspect page and the API; an open investigation that records no action; one child at the top level of risk.
 */
@IntegrationTest
class DisruptionRecordingTest {

    @Autowired MockMvc mvc;
    @Autowired ReportRecording recording;
    @Autowired SuspectPathway pathway;
    @Autowired Alarms alarms;
    @Autowired Users users;
    @Autowired Clock clock;
    @Autowired Contacts contacts;
    @Autowired Screenings screenings;
    PursuitFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PursuitFixtures(recording, users, clock);
    }

    /** Three agencies name a new suspect, the last report {@code lastDaysAgo} days ago, with optional children alongside. */
    private UUID namedByThreeAgencies(int lastDaysAgo, EntityRef... children) {
        return pathway.suspectFor(fx.namedByThreeAgencies(null, lastDaysAgo, children)).orElseThrow();
    }

    /** A child protection has screened, with a name and birthday unlike any other so that identity makes a new subject. */
    private UUID child(int age, boolean significant) {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 18; i++) name.append(i == 8 ? ' ' : (char) ((i == 0 || i == 9 ? 'A' : 'a') + Character.digit(hex.charAt(i), 16)));
        UUID child = contacts.receive(new Contacts.NewContact(null, name.toString(),
                LocalDate.now(clock).minusYears(age).minusDays(30 + Character.digit(hex.charAt(20), 16) * 17L),
                "6", "Concern", null, OffsetDateTime.now(clock).minusDays(70)), fx.viewer("police.investigator")).subjectId();
        screenings.record(child, significant ? SIGNIFICANT : LOW, false, LocalDate.now(clock), null, fx.viewer("practitioner"));
        return child;
    }

    private static final List<Screenings.Tick> SIGNIFICANT = List.of(new Screenings.Tick("V-FAMILY", true, false),
            new Screenings.Tick("S-VEHICLES", true, false), new Screenings.Tick("S-HOTELS", true, false), new Screenings.Tick("S-EXCHANGE", true, false));
    private static final List<Screenings.Tick> LOW = List.of(new Screenings.Tick("V-FAMILY", true, false));

    private MockHttpServletRequestBuilder form(UUID suspect, String what) {
        return post("/pursuit/suspects/" + suspect + "/" + what).with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf());
    }

    private String day(int daysAgo) {
        return fx.daysAgo(daysAgo).toString();
    }

    @Test
    void an_stpo_made_until_further_order_is_recorded_on_the_suspect_page_and_ends_the_alarm() throws Exception {
        UUID suspect = namedByThreeAgencies(40);
        assertThat(alarms.openFor(suspect)).isPresent();
        mvc.perform(form(suspect, "disruption").param("type", "STPO").param("takenOn", day(1))
                        .param("court", "Northbridge Crown Court").param("conditions", "Not to contact any child under 18"))
                .andExpect(flash().attribute("notice", "Saved"));
        assertThat(alarms.openFor(suspect)).isEmpty();
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Slavery and Trafficking Prevention Order")))
                .andExpect(content().string(containsString("Made by Northbridge Crown Court. Prohibitions: Not to contact any child under 18. Until further order")))
                .andExpect(content().string(containsString("In force")));
    }

    @Test
    void an_stpo_shorter_than_five_years_or_an_stro_without_court_and_prohibitions_is_refused_field_by_field() throws Exception {
        UUID suspect = namedByThreeAgencies(40);
        mvc.perform(form(suspect, "disruption").param("type", "STPO").param("takenOn", day(1)).param("expiresOn", fx.daysAgo(1).plusYears(3).toString())
                        .param("court", "Northbridge Crown Court").param("conditions", "Not to contact any child under 18"))
                .andExpect(flash().attribute("errors", hasEntry(org.hamcrest.Matchers.is("expiresOn"),
                        containsString("lasts at least 5 years (Modern Slavery Act 2015, s.17(4))"))))
                .andExpect(flash().attribute("form", hasEntry("court", "Northbridge Crown Court")));
        mvc.perform(form(suspect, "disruption").param("type", "STRO").param("takenOn", day(1)).param("expiresOn", fx.daysAgo(1).plusYears(1).toString()))
                .andExpect(flash().attribute("errors", hasEntry("court", "Enter the court that made the order")))
                .andExpect(flash().attribute("errors", hasEntry("conditions", "Enter the order's prohibitions")))
                .andExpect(flash().attribute("errors", hasEntry(org.hamcrest.Matchers.is("expiresOn"), containsString("s.24(4)"))));
        assertThat(alarms.openFor(suspect)).as("nothing was recorded").isPresent();
        // the page shows each error beside its field, linked from the summary
        var refused = mvc.perform(form(suspect, "disruption").param("type", "STRO").param("takenOn", day(1))).andReturn();
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("<a href=\"#court\">Enter the court that made the order</a>")))
                .andExpect(content().string(containsString("id=\"court-error\"")));
    }

    @Test
    void a_cawn_recorded_through_the_api_names_the_child_it_protects_and_its_type() throws Exception {
        UUID ellie = child(14, true);
        UUID suspect = namedByThreeAgencies(40);
        mvc.perform(post("/api/v1/pursuit/suspects/" + suspect + "/disruptions").with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CAWN\",\"takenOn\":\"" + day(2) + "\",\"expiresOn\":\"" + fx.daysAgo(-180) + "\",\"childSubjectId\":\""
                                + ellie + "\",\"cawnType\":\"UNDER_16\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists());
        mvc.perform(get("/api/v1/pursuit/suspects/" + suspect + "/disruptions").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$.disruptions[0].type").value("CAWN"))
                .andExpect(jsonPath("$.disruptions[0].childSubjectId").value(ellie.toString()))
                .andExpect(jsonPath("$.disruptions[0].cawnType").value("UNDER_16"))
                .andExpect(jsonPath("$.disruptions[0].inForce").value(true));
        assertThat(alarms.openFor(suspect)).isEmpty();
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Under 16 (Child Abduction Act 1984, s.2). Protects <a class=\"govuk-link\" href=\"/subjects/" + ellie)));
    }

    @Test
    void a_cawn_without_its_child_or_for_a_child_too_old_for_its_type_is_refused_naming_the_field() throws Exception {
        UUID seventeen = child(17, false);
        UUID suspect = namedByThreeAgencies(40);
        String url = "/api/v1/pursuit/suspects/" + suspect + "/disruptions";
        mvc.perform(post(url).with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CAWN\",\"takenOn\":\"" + day(2) + "\",\"cawnType\":\"UNDER_16\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("childSubjectId"))
                .andExpect(jsonPath("$.errors.childSubjectId").value("Choose the child the notice protects"));
        mvc.perform(post(url).with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CAWN\",\"takenOn\":\"" + day(2) + "\",\"childSubjectId\":\"" + seventeen + "\",\"cawnType\":\"UNDER_16\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("cawnType"))
                .andExpect(jsonPath("$.errors.cawnType").value("The child was 17 when the notice was issued: a notice of this type is for a child under 16"));
        mvc.perform(post(url).with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"WARNING\",\"takenOn\":\"yesterday\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.type").value(containsString("Unknown value \"WARNING\"")))
                .andExpect(jsonPath("$.errors.takenOn").value("Enter the date as YYYY-MM-DD, not \"yesterday\""));
        mvc.perform(post("/api/v1/pursuit/suspects/" + UUID.randomUUID() + "/disruptions").with(SignIn.partnershipToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"SRO\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No such suspect"));
        // a seventeen-year-old in care may be protected by the other type of notice
        mvc.perform(post(url).with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CAWN\",\"takenOn\":\"" + day(2) + "\",\"childSubjectId\":\"" + seventeen + "\",\"cawnType\":\"UNDER_18_IN_CARE\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void a_breach_of_a_cawn_ends_its_quiet_and_is_shown_among_the_alarm_reasons() throws Exception {
        UUID leah = child(15, true);
        UUID suspect = namedByThreeAgencies(100);
        String cawnId = pathway.disrupt(fx.viewer("police.investigator"), suspect, new NewDisruption(DisruptionType.CAWN, null, fx.daysAgo(60),
                fx.daysAgo(-100), null, leah, CawnType.UNDER_16, null, null, null, null)).id().toString();
        assertThat(alarms.openFor(suspect)).as("the notice in force keeps the alarm quiet").isEmpty();
        UUID letter = pathway.disrupt(fx.viewer("police.investigator"), suspect, NewDisruption.of(DisruptionType.OTHER, "Letter to a person of concern",
                fx.daysAgo(50), null, null)).id();
        mvc.perform(form(suspect, "breach").param("disruption", cawnId).param("breachedOn", day(30)).param("breachNote", "Seen with Leah at the hotel"))
                .andExpect(flash().attribute("notice", "Saved"));
        var alarm = alarms.openFor(suspect).orElseThrow();
        assertThat(alarm.dueOn()).isEqualTo(fx.daysAgo(2));
        assertThat(alarm.reasons()).contains("Breach of the Child Abduction Warning Notice of " + fx.daysAgo(60) + " recorded on " + fx.daysAgo(30),
                "The Child Abduction Warning Notice of " + fx.daysAgo(60) + " restarted the clock until its breach on " + fx.daysAgo(30),
                "The Letter to a person of concern of " + fx.daysAgo(50) + " did not restart the clock: a disruption restarts it only once");
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Breached")))
                .andExpect(content().string(containsString(fx.daysAgo(30) + ": Seen with Leah at the hotel")));
        // a breach before the notice was issued, or of something that is not a notice or order, is refused
        mvc.perform(form(suspect, "breach").param("disruption", cawnId).param("breachedOn", day(61)))
                .andExpect(flash().attribute("errors", hasEntry(org.hamcrest.Matchers.is("breachedOn"), containsString("cannot be before"))));
        mvc.perform(form(suspect, "breach").param("disruption", letter.toString()).param("breachedOn", day(1)))
                .andExpect(flash().attribute("errors", hasEntry("disruption", "Only a notice or an order can be breached")));
    }

    @Test
    void licensing_outcomes_are_recorded_with_the_authority_and_the_licence() throws Exception {
        UUID suspect = namedByThreeAgencies(40);
        mvc.perform(form(suspect, "disruption").param("type", "LICENCE_SUSPENDED").param("takenOn", day(3)).param("expiresOn", day(-60))
                        .param("authority", "Northbridge Council").param("licence", "Private hire driver licence PH-0777"))
                .andExpect(flash().attribute("notice", "Saved"));
        mvc.perform(form(suspect, "disruption").param("type", "LICENCE_REVOKED").param("takenOn", day(1)).param("expiresOn", day(-60))
                        .param("authority", "Northbridge Council").param("licence", "Private hire driver licence PH-0777"))
                .andExpect(flash().attribute("errors", hasEntry("expiresOn", "A revoked licence has no expiry date: leave it blank")));
        mvc.perform(form(suspect, "disruption").param("type", "LICENCE_REFUSED").param("takenOn", day(1)))
                .andExpect(flash().attribute("errors", hasEntry("authority", "Enter the licensing authority")))
                .andExpect(flash().attribute("errors", hasEntry("licence", "Enter the licence, for example its type and number")));
        mvc.perform(form(suspect, "disruption").param("type", "LICENCE_REVOKED").param("takenOn", day(1))
                        .param("authority", "Northbridge Council").param("licence", "Private hire driver licence PH-0777"))
                .andExpect(flash().attribute("notice", "Saved"));
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Licence suspended")))
                .andExpect(content().string(containsString("Licence revoked")))
                .andExpect(content().string(containsString("Private hire driver licence PH-0777, Northbridge Council")));
        assertThat(alarms.openFor(suspect)).as("the suspension in force keeps the alarm quiet").isEmpty();
        mvc.perform(get("/pursuit/attrition").with(SignIn.as(Role.ELECTED_MEMBER)))
                .andExpect(content().string(containsString("Licence suspended")))
                .andExpect(content().string(containsString("In force today")));
    }

    @Test
    void an_open_investigation_with_no_action_for_28_days_raises_the_alarm_and_an_action_ends_it() throws Exception {
        UUID suspect = namedByThreeAgencies(40);
        var police = fx.viewer("police.investigator");
        assertThat(pathway.advance(police, suspect, Stage.IDENTIFIED, fx.daysAgo(35), null, pathway.version(suspect)).done()).isTrue();
        assertThat(pathway.advance(police, suspect, Stage.INVESTIGATION, fx.daysAgo(30), null, pathway.version(suspect)).done()).isTrue();
        var alarm = alarms.openFor(suspect).orElseThrow();
        assertThat(alarm.reasons()).contains("Investigation open since " + fx.daysAgo(30) + " with no action recorded since " + fx.daysAgo(30));
        mvc.perform(form(suspect, "investigation-action").param("action", "").param("actionOn", day(0)))
                .andExpect(flash().attribute("errors", hasEntry("action", "Describe the action taken")));
        mvc.perform(form(suspect, "investigation-action").param("action", "Victim interviewed on video (ABE)").param("actionOn", day(0)))
                .andExpect(flash().attribute("notice", "Saved"));
        assertThat(alarms.openFor(suspect)).isEmpty();
        // a force's case system sends its actions by API
        mvc.perform(post("/api/v1/pursuit/suspects/" + suspect + "/investigation-actions").with(SignIn.partnershipToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"takenOn\":\"" + day(-1) + "\",\"description\":\"Search warrant\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("takenOn"));
        mvc.perform(post("/api/v1/pursuit/suspects/" + suspect + "/investigation-actions").with(SignIn.partnershipToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"takenOn\":\"" + day(0) + "\",\"description\":\"Search warrant executed\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/pursuit/suspects/" + suspect).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Victim interviewed on video (ABE)")));
    }

    @Test
    void one_child_at_the_top_level_of_risk_named_alongside_or_naming_the_suspect_starts_the_clock() {
        UUID ellie = child(14, true);
        var linked = fx.name("ed.nurse", 40, EntityRef.person(MadeUpNames.person(), null), EntityRef.person(MadeUpNames.person(), ellie));
        var alarm = alarms.openFor(pathway.suspectFor(linked.suspectPersonIds().get(0)).orElseThrow()).orElseThrow();
        assertThat(alarm.reasons()).contains("Linked to 1 child at risk", "Linked to a child at the top level of risk on " + fx.daysAgo(40));
        assertThat(alarm.linkedChildren()).hasSize(1);

        // the child tells the police herself: she is the report's source
        UUID mia = child(13, true);
        var told = recording.record(fx.viewer("police.investigator"), new NewReport(fx.daysAgo(30), SourceType.CHILD_ACCOUNT, mia, null,
                "Test report " + UUID.randomUUID(), null, "3x5x2", "1", "A", "P", null, Set.of(), Set.<Role>of(),
                List.of(new NewReport.Mention(EntityRef.person(MadeUpNames.person(), null), MentionRole.SUSPECT)), List.of()));
        var named = alarms.openFor(pathway.suspectFor(told.suspectPersonIds().get(0)).orElseThrow()).orElseThrow();
        assertThat(named.reasons()).contains("Named by a child at the top level of risk on " + fx.daysAgo(30), "Linked to 0 children at risk");
        assertThat(named.linkedChildren()).isEmpty();

        // a child below the top level is not enough on her own
        UUID low = child(14, false);
        var below = fx.name("ed.nurse", 40, EntityRef.person(MadeUpNames.person(), null), EntityRef.person(MadeUpNames.person(), low));
        assertThat(alarms.openFor(pathway.suspectFor(below.suspectPersonIds().get(0)).orElseThrow())).isEmpty();
    }
}
