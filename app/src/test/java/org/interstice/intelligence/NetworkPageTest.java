package org.interstice.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.intelligence.internal.Network;
import org.interstice.intelligence.internal.NetworkQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The Northbridge demo networks, seen through the network page, its JSON, GraphML and the neighbourhood query. */
@IntegrationTest
class NetworkPageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired NetworkQuery query;
    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired Clock clock;

    UUID entity(String label) {
        return jdbc.sql("select id from pole_entity where label = ?").param(label).query(UUID.class).list().get(0);
    }

    @Test
    void the_taxi_shared_by_two_suspects_and_their_co_offending_are_shown_as_tables() throws Exception {
        mvc.perform(get("/intelligence/network").with(SignIn.as(Role.INTELLIGENCE_ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NB19KTX (silver Skoda Octavia, private hire plates)")))
                .andExpect(content().string(containsString("Daniel Marsh, Kyle Benton")))
                .andExpect(content().string(containsString("id=\"network-table\"")))
                .andExpect(content().string(containsString("data-source=\"/intelligence/network/data?\"")));
    }

    @Test
    void a_path_runs_from_one_suspect_to_another_through_the_taxi_office() throws Exception {
        mvc.perform(get("/intelligence/network").with(SignIn.as(Role.POLICE_INVESTIGATOR))
                        .param("pathFrom", entity("Marek Nowak").toString()).param("pathTo", entity("Arif Khan").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>Northbridge Star Cars taxi office, 3 Station Road, NB1 3SR (Premises of concern)</li>")));
    }

    @Test
    void the_chart_data_and_the_graphml_export_carry_the_same_network() throws Exception {
        mvc.perform(get("/intelligence/network/data").with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].name", hasItem("Daniel Marsh")))
                .andExpect(jsonPath("$.categories[0]").value("Suspect"))
                .andExpect(jsonPath("$.links").isArray());
        String xml = mvc.perform(get("/intelligence/network.graphml").with(SignIn.as(Role.INTELLIGENCE_ANALYST)).param("group", "1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("interstice-network.graphml")))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("<graphml", "attr.name=\"relation\"", "<node id=");
        mvc.perform(get("/intelligence/network.graphml").with(SignIn.as(Role.ELECTED_MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void a_restricted_link_is_not_in_the_network_of_those_outside_its_conditions_until_sanitised() throws Exception {
        // the demo's covert report is released to police investigators (and practitioners) at NSP and SAFE only, but
        // it carries a sanitised summary, so its links are visible; a report without one is not
        var police = users.viewerFor("police.investigator").orElseThrow();
        UUID nsp = police.agencyId();
        String a = "Hidden " + UUID.randomUUID(), b = "Hidden " + UUID.randomUUID();
        recording.record(police, new NewReport(LocalDate.now(clock), SourceType.ANONYMOUS, null, null, "covert", null, "3x5x2", "2", "B", "C",
                "NSP investigators only", Set.of(nsp), Set.of(Role.POLICE_INVESTIGATOR),
                List.of(new NewReport.Mention(EntityRef.person(a, null), MentionRole.SUSPECT)),
                List.of(new NewReport.LinkSpec(EntityRef.person(a, null), "ASSOCIATES_WITH", EntityRef.person(b, null)))));
        var lead = users.viewerFor("partnership.lead").orElseThrow();
        assertThat(query.network(lead, null, null).network().nodes()).noneMatch(n -> n.label().equals(a));
        assertThat(query.network(police, null, null).network().nodes()).anyMatch(n -> n.label().equals(a));
    }

    @Test
    void a_subjects_two_step_neighbourhood() throws Exception {
        UUID subject = UUID.randomUUID();
        var police = users.viewerFor("police.investigator").orElseThrow();
        String name = "Neighbour " + UUID.randomUUID();
        recording.record(police, new NewReport(LocalDate.now(clock), SourceType.POLICE_OFFICER, null, null, "stop check", null, "3x5x2", "1", "A", "P",
                null, Set.of(), Set.of(), List.of(new NewReport.Mention(EntityRef.person(name, subject), MentionRole.SUSPECT)),
                List.of(new NewReport.LinkSpec(EntityRef.person(name, subject), "DRIVES", EntityRef.vehicle("NB19 KTX", null)))));
        Network n = query.neighbourhood(police, subject);
        assertThat(n.nodes()).extracting(Network.Node::label).contains(name, "Daniel Marsh", "Kyle Benton")
                .doesNotContain("Ellie S (14)");
        mvc.perform(get("/api/v1/intelligence/subjects/" + subject + "/neighbourhood").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].label", hasItem("Kyle Benton")))
                .andExpect(jsonPath("$.links[0].relations").isArray());
    }
}
