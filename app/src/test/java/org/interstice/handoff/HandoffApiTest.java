package org.interstice.handoff;

import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/handoffs?state=...}: every lifecycle state, open and overdue, and clear refusals. */
@IntegrationTest
class HandoffApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    org.interstice.TestClock clock;

    private UUID policeToSocialCare(String summary) {
        return HandoffFixtures.send(handoffs, HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR),
                HandoffFixtures.agency(agencies, "NBC-CSC"), Urgency.GREEN, summary);
    }

    @Test
    void each_lifecycle_state_lists_the_hand_offs_in_it_with_sender_receiver_and_due_time() throws Exception {
        Viewer socialCare = HandoffFixtures.viewer(users, DemoUsers.PRACTITIONER);
        UUID sent = policeToSocialCare("API sent " + UUID.randomUUID());
        UUID acknowledged = policeToSocialCare("API acknowledged " + UUID.randomUUID());
        assertThat(handoffs.acknowledge(acknowledged, socialCare).allowed()).isTrue();
        UUID accepted = policeToSocialCare("API accepted " + UUID.randomUUID());
        assertThat(handoffs.accept(accepted, null, socialCare).allowed()).isTrue();
        UUID declined = policeToSocialCare("API declined " + UUID.randomUUID());
        assertThat(handoffs.decline(declined, "Not for us: already open to early help", socialCare).allowed()).isTrue();
        UUID completed = policeToSocialCare("API completed " + UUID.randomUUID());
        assertThat(handoffs.accept(completed, null, socialCare).allowed()).isTrue();
        assertThat(handoffs.complete(completed, "Visited and safety plan agreed", socialCare).allowed()).isTrue();
        UUID withdrawn = policeToSocialCare("API withdrawn " + UUID.randomUUID());
        assertThat(handoffs.withdraw(withdrawn, "Sent to the wrong agency",
                HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR)).allowed()).isTrue();

        expectIn("sent", sent, "SENT");
        expectIn("acknowledged", acknowledged, "ACKNOWLEDGED");
        expectIn("accepted", accepted, "ACCEPTED");
        expectIn("declined", declined, "DECLINED");
        expectIn("completed", completed, "COMPLETED");
        expectIn("withdrawn", withdrawn, "WITHDRAWN");
        mvc.perform(get("/api/v1/handoffs").param("state", "SENT").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(sent.toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(accepted.toString()))))
                .andExpect(jsonPath("$[?(@.id == '" + sent + "')].sender.agencyCode").value("NSP"))
                .andExpect(jsonPath("$[?(@.id == '" + sent + "')].receiver.agencyCode").value("NBC-CSC"))
                .andExpect(jsonPath("$[?(@.id == '" + sent + "')].dueAt").isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == '" + sent + "')].escalationStep").value(0));
        mvc.perform(get("/api/v1/handoffs").param("state", "accepted").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[?(@.id == '" + accepted + "')].receiver.person").value("Priya Shah"));
        mvc.perform(get("/api/v1/handoffs").param("state", "declined").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[?(@.id == '" + declined + "' && @.dueAt == null)]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.id == '" + declined + "')].closedAt").isNotEmpty());

        mvc.perform(get("/api/v1/handoffs").param("state", "open").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(sent.toString())))
                .andExpect(jsonPath("$[*].id", hasItem(acknowledged.toString())))
                .andExpect(jsonPath("$[*].id", hasItem(accepted.toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(declined.toString()))))
                .andExpect(jsonPath("$[*].id", not(hasItem(completed.toString()))))
                .andExpect(jsonPath("$[*].id", not(hasItem(withdrawn.toString()))))
                .andExpect(jsonPath("$[*].state", everyItem(oneOf("SENT", "ACKNOWLEDGED", "ACCEPTED"))));
    }

    private void expectIn(String state, UUID id, String stored) throws Exception {
        mvc.perform(get("/api/v1/handoffs").param("state", state).with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())))
                .andExpect(jsonPath("$[*].state", everyItem(is(stored))));
    }

    @Test
    void an_agency_token_lists_only_its_own_agency_s_hand_offs_in_a_state() throws Exception {
        UUID id = policeToSocialCare("API scoped " + UUID.randomUUID());
        mvc.perform(get("/api/v1/handoffs").param("state", "sent").with(SignIn.bearer(HandoffFixtures.apiToken(mvc, agencies, "NBH"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        mvc.perform(get("/api/v1/handoffs").param("state", "sent").with(SignIn.bearer(HandoffFixtures.apiToken(mvc, agencies, "NBC-CSC"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())));
    }

    @Test
    void a_missing_or_unknown_parameter_is_refused_naming_the_parameter_and_the_allowed_values() throws Exception {
        mvc.perform(get("/api/v1/handoffs").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("state"))
                .andExpect(jsonPath("$.detail").value("The parameter 'state' is required; it must be one of sent, "
                        + "acknowledged, accepted, declined, completed, withdrawn, open, overdue."))
                .andExpect(jsonPath("$.allowed", hasSize(8)));
        mvc.perform(get("/api/v1/handoffs").param("state", "open").param("limit", "5000").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.detail").value("The parameter 'limit' was '5000'; it must be a whole number from 1 to 1000."));
        mvc.perform(get("/api/v1/handoffs").param("state", "open").param("offset", "-1").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("offset"));
    }

    @Test
    void answered_hand_offs_come_latest_answered_first() throws Exception {
        Viewer socialCare = HandoffFixtures.viewer(users, DemoUsers.PRACTITIONER);
        UUID earlier = policeToSocialCare("API declined earlier " + UUID.randomUUID());
        UUID later = policeToSocialCare("API declined later " + UUID.randomUUID());
        assertThat(handoffs.decline(earlier, "Not for us", socialCare).allowed()).isTrue();
        clock.advance(java.time.Duration.ofMinutes(5));
        assertThat(handoffs.decline(later, "Not for us either", socialCare).allowed()).isTrue();
        String body = mvc.perform(get("/api/v1/handoffs").param("state", "declined").with(SignIn.partnershipToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf(later.toString())).isNotNegative().isLessThan(body.indexOf(earlier.toString()));
    }

    @Test
    void limit_and_offset_page_through_the_list() throws Exception {
        policeToSocialCare("API page one " + UUID.randomUUID());
        policeToSocialCare("API page two " + UUID.randomUUID());
        mvc.perform(get("/api/v1/handoffs").param("state", "open").param("limit", "1").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void the_openapi_description_lists_the_allowed_states() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/handoffs'].get.parameters[?(@.name == 'state')].schema.enum[*]",
                        hasItem("withdrawn")))
                .andExpect(jsonPath("$.paths['/api/v1/handoffs'].get.responses['400']").exists());
    }
}
