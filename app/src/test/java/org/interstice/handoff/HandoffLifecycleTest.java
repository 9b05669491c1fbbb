package org.interstice.handoff;

import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sending and answering hand-offs through the pages, and who may see and act on them. */
@IntegrationTest
class HandoffLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;

    private UUID fromPoliceToSocialCare(String summary) {
        return HandoffFixtures.send(handoffs, HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR),
                HandoffFixtures.agency(agencies, "NBC-CSC"), Urgency.AMBER, summary);
    }

    private long version(UUID id) {
        return jdbc.sql("select version from handoff where id = ?").param(id).query(Long.class).single();
    }

    private String state(UUID id) {
        return jdbc.sql("select state from handoff where id = ?").param(id).query(String.class).single();
    }

    @Test
    void a_hand_off_sent_from_the_form_records_its_information_sharing_and_lands_on_its_page() throws Exception {
        String summary = "Form test " + UUID.randomUUID();
        mvc.perform(post("/handoffs").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("kind", "REQUEST_FOR_INFORMATION").param("urgency", "GREEN")
                        .param("toAgency", HandoffFixtures.agency(agencies, "NBH").toString())
                        .param("summary", summary)
                        .param("whatWasShared", "Name and date of birth").param("purpose", "To find health records")
                        .param("lawfulBasis", "UKGDPR_6_1_E_PUBLIC_TASK").param("consent", "NOT_SOUGHT_CHILD_AT_RISK"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/handoffs/*"));
        UUID id = jdbc.sql("select id from handoff where summary = ?").param(summary).query(UUID.class).single();
        assertThat(jdbc.sql("select lawful_basis from information_share where handoff_id = ?").param(id)
                .query(String.class).single()).isEqualTo("UKGDPR_6_1_E_PUBLIC_TASK");
        mvc.perform(get("/handoffs/" + id).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(summary)))
                .andExpect(content().string(containsString("UK GDPR Article 6(1)(e): public task")));
    }

    @Test
    void the_send_form_says_what_is_missing_and_keeps_what_was_typed() throws Exception {
        mvc.perform(post("/handoffs").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("summary", "Half-finished").param("whatWasShared", "Phone number"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what kind of hand-off this is")))
                .andExpect(content().string(containsString("Choose the agency you are handing off to")))
                .andExpect(content().string(containsString("Choose the lawful basis for sharing")))
                .andExpect(content().string(containsString("Half-finished")));
    }

    @Test
    void the_receiver_acknowledges_and_accepts_and_the_sender_sees_who_owns_it() throws Exception {
        UUID id = fromPoliceToSocialCare("Lifecycle " + UUID.randomUUID());
        mvc.perform(post("/handoffs/" + id + "/acknowledge").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("notice"));
        mvc.perform(post("/handoffs/" + id + "/accept").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(flash().attributeExists("notice"));
        assertThat(state(id)).isEqualTo("ACCEPTED");
        mvc.perform(get("/handoffs/" + id).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Priya Shah")))
                .andExpect(content().string(containsString("Accepted")));
    }

    @Test
    void an_answer_given_on_a_stale_page_is_refused_rather_than_overwriting() throws Exception {
        UUID id = fromPoliceToSocialCare("Stale " + UUID.randomUUID());
        long seen = version(id);
        handoffs.acknowledge(id, HandoffFixtures.viewer(users, "social.worker"));
        mvc.perform(post("/handoffs/" + id + "/decline").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("version", String.valueOf(seen)).param("reason", "Not ours"))
                .andExpect(flash().attribute("error", containsString("Someone else changed this hand-off")));
        assertThat(state(id)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void a_decline_needs_a_reason_and_returns_to_the_sender_for_a_next_step() throws Exception {
        UUID id = fromPoliceToSocialCare("Decline " + UUID.randomUUID());
        mvc.perform(post("/handoffs/" + id + "/decline").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("version", String.valueOf(version(id))).param("reason", ""))
                .andExpect(flash().attribute("error", containsString("Give the reason for declining")));
        mvc.perform(post("/handoffs/" + id + "/decline").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("version", String.valueOf(version(id))).param("reason", "Already open to Early Help"))
                .andExpect(flash().attributeExists("notice"));
        mvc.perform(get("/handoffs").with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(content().string(containsString("Next step needed")));
        mvc.perform(post("/handoffs/" + id + "/next-step").with(SignIn.as(Role.POLICE_INVESTIGATOR)).with(csrf())
                        .param("version", String.valueOf(version(id))).param("step", "SENT_TO_ANOTHER_AGENCY")
                        .param("note", "Referred to the Early Help worker"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(jdbc.sql("select next_step from handoff where id = ?").param(id).query(String.class).single())
                .isEqualTo("SENT_TO_ANOTHER_AGENCY");
    }

    @Test
    void only_the_sending_and_receiving_agencies_can_see_or_answer_a_hand_off() throws Exception {
        UUID id = fromPoliceToSocialCare("Private " + UUID.randomUUID());
        mvc.perform(get("/handoffs/" + id).with(SignIn.as("ed.nurse", Role.PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/handoffs/" + id + "/accept").with(SignIn.as("ed.nurse", Role.PRACTITIONER)).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(flash().attribute("error", containsString("not shared with your agency")));
        assertThat(state(id)).isEqualTo("SENT");
        mvc.perform(get("/handoffs").with(SignIn.as("ed.nurse", Role.PRACTITIONER)))
                .andExpect(content().string(not(containsString("Private " ))));
        mvc.perform(get("/handoffs/" + id).with(SignIn.as(Role.PRACTITIONER))).andExpect(status().isOk());
        mvc.perform(get("/handoffs/" + id).with(SignIn.as(Role.POLICE_INVESTIGATOR))).andExpect(status().isOk());
    }

    @Test
    void the_home_page_counts_hand_offs_waiting_for_the_agency_but_not_for_elected_members() throws Exception {
        fromPoliceToSocialCare("Home figure " + UUID.randomUUID());
        mvc.perform(get("/").with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(content().string(containsString("Hand-offs waiting for your agency")));
        mvc.perform(get("/").with(SignIn.as(Role.ELECTED_MEMBER)))
                .andExpect(content().string(not(containsString("Hand-offs waiting for your agency"))));
    }

    @Test
    void the_sending_agency_cannot_accept_its_own_hand_off() {
        UUID id = fromPoliceToSocialCare("Own " + UUID.randomUUID());
        Viewer police = HandoffFixtures.viewer(users, "police.manager");
        assertThat(handoffs.accept(id, null, police).reason()).isEqualTo("Only the receiving agency can accept this hand-off");
    }
}
