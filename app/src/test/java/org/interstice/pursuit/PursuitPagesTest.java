package org.interstice.pursuit;

import org.interstice.MadeUpNames;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.ReportRecording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PursuitPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SuspectPathway pathway;
    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired Clock clock;

    UUID demoSuspect(String name) {
        return jdbc.sql("select id from suspect where display_name = ?").param(name).query(UUID.class).single();
    }

    @Test
    void the_demo_has_suspects_named_many_times_and_never_pursued() throws Exception {
        mvc.perform(get("/pursuit/alarms").with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Daniel Marsh")))
                .andExpect(content().string(containsString("Kyle Benton")))
                .andExpect(content().string(containsString("Arif Khan")))
                .andExpect(content().string(containsString("Craig Whitfield")))
                .andExpect(content().string(containsString("Marek Nowak")))
                .andExpect(content().string(containsString("No police lead")));
        // Marek is named once, with three children: protection assesses Ellie and Maya at risk, Mason below the top levels
        mvc.perform(get("/pursuit/suspects/" + demoSuspect("Marek Nowak")).with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 reports from 1 independent sources; linked to 2 children at risk (of 3 children linked")))
                .andExpect(content().string(containsString("Linked to 2 children at risk")));
        mvc.perform(get("/pursuit/suspects/" + demoSuspect("Daniel Marsh")).with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 reports from 4 independent sources; linked to 3 children at risk (of 3 children linked")))
                .andExpect(content().string(containsString("escalated to the exploitation panel")))
                .andExpect(content().string(containsString("Safe Passage Northbridge")))
                // read-only for the partnership lead
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record this stage"))));
    }

    @Test
    void the_pathway_moves_one_guarded_step_at_a_time_with_stale_forms_refused() throws Exception {
        ReportRecording.Outcome o = new PursuitFixtures(recording, users, clock)
                .name("nba.dsl", 3, EntityRef.person(MadeUpNames.person(), null));
        UUID id = pathway.suspectFor(o.suspectPersonIds().get(0)).orElseThrow();
        int version = pathway.version(id);
        String today = LocalDate.now(clock).toString();
        mvc.perform(post("/pursuit/suspects/" + id + "/stage").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("stage", "CHARGED").param("on", today).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("error", "The next stage after named is identified"));
        mvc.perform(post("/pursuit/suspects/" + id + "/stage").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("stage", "IDENTIFIED").param("on", today).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("notice", "Saved"));
        mvc.perform(post("/pursuit/suspects/" + id + "/stage").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("stage", "INVESTIGATION").param("on", today).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("error", containsString("Someone else has changed this suspect")));
        mvc.perform(post("/pursuit/suspects/" + id + "/outcome").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("outcome", "NO_FURTHER_ACTION").param("on", today).param("version", String.valueOf(pathway.version(id))))
                .andExpect(flash().attribute("error", "Choose the Home Office outcome group for no further action"));
        mvc.perform(post("/pursuit/suspects/" + id + "/stage").with(SignIn.as(Role.PANEL_CHAIR)).with(csrf())
                        .param("stage", "INVESTIGATION").param("on", today).param("version", String.valueOf(pathway.version(id))))
                .andExpect(status().isForbidden());
    }

    @Test
    void ethnicity_and_nationality_are_never_blank_and_their_completeness_is_reported() throws Exception {
        ReportRecording.Outcome o = new PursuitFixtures(recording, users, clock)
                .name("nba.dsl", 3, EntityRef.person(MadeUpNames.person(), null));
        UUID id = pathway.suspectFor(o.suspectPersonIds().get(0)).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select ethnicity || '/' || nationality from suspect where id = ?").param(id)
                .query(String.class).single()).isEqualTo("NOBT/NOBT");
        mvc.perform(post("/pursuit/suspects/" + id + "/description").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("ethnicity", "").param("nationality", "GB").param("version", String.valueOf(pathway.version(id))))
                .andExpect(flash().attribute("error", containsString("Choose an ethnicity")));
        mvc.perform(post("/pursuit/suspects/" + id + "/description").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("ethnicity", "REFU").param("nationality", "PL").param("version", String.valueOf(pathway.version(id))))
                .andExpect(flash().attribute("notice", "Saved"));
        mvc.perform(get("/pursuit/suspects").with(SignIn.as(Role.INTELLIGENCE_ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"completeness\"")))
                .andExpect(content().string(containsString("Not yet obtained")));
    }

    @Test
    void attrition_shows_where_pathways_stop_as_a_chart_and_a_table_and_elected_members_see_only_aggregates() throws Exception {
        mvc.perform(get("/pursuit/attrition").with(SignIn.as(Role.ELECTED_MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"attrition\"")))
                .andExpect(content().string(containsString("Evidential difficulties: victim does not support action")))
                .andExpect(content().string(containsString("/js/pursuit-attrition.js")));
        mvc.perform(get("/pursuit/attrition/data").with(SignIn.as(Role.PARTNERSHIP_LEAD)).param("from", "2015-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[7]").value("Outcome recorded"))
                .andExpect(jsonPath("$.reached[0]").isNumber());
        for (Role role : List.of(Role.SYSTEM_ADMINISTRATOR, Role.PRACTITIONER))
            mvc.perform(get("/pursuit/attrition").with(SignIn.as(role))).andExpect(status().isForbidden());
        mvc.perform(get("/pursuit/suspects/" + demoSuspect("Jamie Pollard")).with(SignIn.as(Role.ELECTED_MEMBER)))
                .andExpect(status().isForbidden());
    }
}
