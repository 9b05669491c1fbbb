package org.interstice.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.internal.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IntelligenceReportsTest {

    @Autowired MockMvc mvc;
    @Autowired ReportRecording recording;
    @Autowired Reports reports;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    String unique(String s) {
        return s + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_practitioner_writes_down_a_childs_account_and_the_suspect_car_and_phone_become_pole_entities() throws Exception {
        String suspect = unique("Dean");
        mvc.perform(post("/intelligence").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("reportedOn", LocalDate.now(clock).minusDays(2).toString()).param("sourceType", "CHILD_ACCOUNT")
                        .param("body", "She says Dean picks her up in a blue Corsa").param("gradingSystem", "3x5x2")
                        .param("source", "2").param("information", "b").param("handling", "P")
                        .param("suspectName", suspect).param("vehicleRegistration", "nb12 xyz").param("phone", "07700 900999")
                        .param("premisesName", "Sunrise Hotel").param("premisesPostcode", "nb4 1aa").param("premisesKind", "Hotel"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/intelligence/recorded/IR-")));
        // the same car and phone, written differently in another agency's report, are the same entities
        Viewer police = viewer("police.investigator");
        var outcome = recording.record(police, new NewReport(LocalDate.now(clock), SourceType.POLICE_OFFICER, null, null,
                "Vehicle check", null, "3x5x2", "1", "A", "P", null, Set.of(), Set.of(),
                List.of(new NewReport.Mention(EntityRef.person(unique("Owner"), null), MentionRole.ASSOCIATE)),
                List.of(new NewReport.LinkSpec(EntityRef.vehicle("NB12-XYZ", null), "ASSOCIATED_WITH", EntityRef.phone("+44 7700 900999")))));
        assertThat(outcome.recorded()).isTrue();
        assertThat(jdbc.sql("select count(*) from pole_entity where entity_type = 'VEHICLE' and natural_key = 'NB12XYZ'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pole_entity where entity_type = 'PHONE' and natural_key = '+447700900999'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pole_link l join pole_entity v on v.id in (l.from_entity_id, l.to_entity_id) where v.natural_key = 'NB12XYZ'")
                .query(Long.class).single()).as("two reports each assert a link to the car, with their own provenance").isEqualTo(2);
    }

    @Test
    void a_legacy_grade_offered_as_3x5x2_is_refused_with_a_clear_error_and_nothing_is_written() throws Exception {
        long before = jdbc.sql("select count(*) from intelligence_report").query(Long.class).single();
        mvc.perform(post("/intelligence").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("reportedOn", LocalDate.now(clock).toString()).param("sourceType", "PARENT_OR_CARER_ACCOUNT")
                        .param("body", "Mother's account").param("gradingSystem", "3x5x2")
                        .param("source", "B").param("information", "2").param("handling", "P").param("suspectName", unique("X")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("looks like a legacy 5x5x5 grade")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(jdbc.sql("select count(*) from intelligence_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void handling_code_c_limits_the_full_report_to_the_agencies_and_roles_in_its_conditions() throws Exception {
        UUID police = agencies.byCode("NSP").orElseThrow().id(), safe = agencies.byCode("SAFE").orElseThrow().id();
        String secret = unique("covert detail");
        var restricted = recording.record(viewer("nba.dsl"), new NewReport(LocalDate.now(clock), SourceType.CHILD_ACCOUNT, null, "pupil in year 10",
                secret, "A pupil names an adult who gives lifts", "3x5x2", "2", "B", "C", "Police investigators and Safe Passage only",
                Set.of(police, safe), Set.of(Role.POLICE_INVESTIGATOR, Role.PRACTITIONER), List.of(), List.of()));
        var unsanitised = recording.record(viewer("nba.dsl"), new NewReport(LocalDate.now(clock), SourceType.CHILD_ACCOUNT, null, null,
                unique("no summary"), null, "3x5x2", "2", "B", "C", "Police investigators only",
                Set.of(police), Set.of(Role.POLICE_INVESTIGATOR), List.of(), List.of()));
        assertThat(restricted.recorded()).isTrue();

        // the police investigator is in the conditions: full text
        assertThat(reports.report(viewer("police.investigator"), restricted.reportId()).orElseThrow().body()).isEqualTo(secret);
        // the police analyst's agency is named but not the role: sanitised only
        var analystView = reports.report(viewer("intelligence.analyst"), restricted.reportId()).orElseThrow();
        assertThat(analystView.body()).isNull();
        assertThat(analystView.sourceDescription()).isNull();
        assertThat(analystView.sanitisedSummary()).isEqualTo("A pupil names an adult who gives lifts");
        // the originating school always reads its own report
        assertThat(reports.report(viewer("nba.dsl"), restricted.reportId()).orElseThrow().body()).isEqualTo(secret);
        // without a sanitised summary, those outside the conditions do not see it at all
        assertThat(reports.report(viewer("partnership.lead"), unsanitised.reportId())).isEmpty();
        assertThat(reports.recent(viewer("partnership.lead"), 1000)).noneMatch(l -> l.id().equals(unsanitised.reportId()));

        mvc.perform(get("/intelligence/reports/" + restricted.reportId()).with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sanitised version")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/intelligence/reports/" + unsanitised.reportId()).with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void handling_code_c_without_conditions_is_refused() {
        var o = recording.record(viewer("police.investigator"), new NewReport(LocalDate.now(clock), SourceType.POLICE_OFFICER, null, null,
                "text", null, "3x5x2", "1", "A", "C", " ", Set.of(), Set.of(), List.of(), List.of()));
        assertThat(o.recorded()).isFalse();
        assertThat(o.field()).isEqualTo("handlingConditions");
    }

    @Test
    void legacy_reports_keep_their_5x5x5_grade() {
        var o = recording.record(viewer("police.investigator"), new NewReport(LocalDate.of(2014, 5, 1), SourceType.PARTNER_AGENCY_RECORD,
                null, null, "2014 log", null, "5x5x5", "B", "2", "4", null, Set.of(), Set.of(), List.of(), List.of()));
        assertThat(jdbc.sql("select grading_system || ' ' || source_grade || information_grade || ' ' || handling_code from intelligence_report where id = ?")
                .param(o.reportId()).query(String.class).single()).isEqualTo("5x5x5 B2 4");
        // legacy handling 4: within the originating agency only
        assertThat(reports.report(viewer("panel.chair"), o.reportId())).isEmpty();
        assertThat(reports.report(viewer("intelligence.analyst"), o.reportId())).isPresent();
    }

    @Test
    void agencies_send_reports_through_the_api_and_refusals_are_problem_details() throws Exception {
        mvc.perform(post("/api/v1/intelligence/reports").with(SignIn.partnershipToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn":"2026-01-10","sourceType":"CHILD_ACCOUNT","body":"x","gradingSystem":"3x5x2",
                                 "source":"1","information":"A","handling":"P"}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Reports are recorded on behalf of an agency"));

        String agency = agencies.byCode("NBH").orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Health system " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
        mvc.perform(post("/api/v1/intelligence/reports").with(SignIn.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn":"2026-01-10","sourceType":"CHILD_ACCOUNT","body":"ED attendance","gradingSystem":"3x5x2",
                                 "source":"2","information":"A","handling":"P",
                                 "mentions":[{"entity":{"type":"PERSON","value":"%s"},"role":"SUSPECT"}],
                                 "links":[{"from":{"type":"PERSON","value":"%s"},"relation":"uses phone","to":{"type":"PHONE","value":"07700 900555"}}]}"""
                                .formatted(unique("Api suspect"), "same"))) 
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("IR-2026-")));
        mvc.perform(post("/api/v1/intelligence/reports").with(SignIn.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn":"2026-01-10","sourceType":"CHILD_ACCOUNT","body":"x","gradingSystem":"3x5x2",
                                 "source":"A","information":"1","handling":"P"}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("source"));
    }

    @Test
    void only_intelligence_roles_read_reports_and_elected_members_and_administrators_never_do() throws Exception {
        for (Role role : List.of(Role.INTELLIGENCE_ANALYST, Role.POLICE_INVESTIGATOR, Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD))
            mvc.perform(get("/intelligence").with(SignIn.as(role))).andExpect(status().isOk());
        for (Role role : List.of(Role.ELECTED_MEMBER, Role.SYSTEM_ADMINISTRATOR, Role.AUDITOR, Role.PRACTITIONER, Role.MASH_OFFICER))
            mvc.perform(get("/intelligence").with(SignIn.as(role))).andExpect(status().isForbidden());
        for (Role role : List.of(Role.PRACTITIONER, Role.MASH_OFFICER, Role.TEAM_MANAGER))
            mvc.perform(get("/intelligence/new").with(SignIn.as(role))).andExpect(status().isOk());
        for (Role role : List.of(Role.ELECTED_MEMBER, Role.SYSTEM_ADMINISTRATOR))
            mvc.perform(get("/intelligence/new").with(SignIn.as(role))).andExpect(status().isForbidden());
    }
}
