package org.interstice.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.internal.EscalationSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EscalationSweepTest {

    @Autowired
    Handoffs handoffs;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private UUID assessmentTeam() {
        return users.teams().stream().filter(t -> t.name().equals("Assessment team")).findFirst().orElseThrow().id();
    }

    /** To the assessment team, whose manager is Mark Greene (assessment.manager). */
    private UUID redReferralFromPoliceToSocialCare() {
        Viewer police = HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR);
        Sent sent = handoffs.send(new HandoffRequest(HandoffKind.REFERRAL, Urgency.RED, null,
                HandoffFixtures.agency(agencies, "NBC-CSC"), assessmentTeam(), "Escalation test " + UUID.randomUUID(),
                null, null, null, null), police);
        return sent.handoffId();
    }

    private Instant column(UUID id, String column) {
        return jdbc.sql("select " + column + " from handoff where id = ?").param(id)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private List<String> escalatedTo(UUID id) {
        return jdbc.sql("""
                        select coalesce(u.username, '-') from handoff_escalation e
                        left join app_user u on u.id = e.escalated_to_user_id
                        where e.handoff_id = ? order by e.step""")
                .param(id).query(String.class).list();
    }

    @Test
    void an_unacknowledged_hand_off_escalates_to_the_receiving_managers_then_the_partnership_lead_one_step_at_a_time() {
        UUID id = redReferralFromPoliceToSocialCare();
        Instant due = column(id, "due_at");

        assertThat(sweep.sweep(due.minusSeconds(60))).noneMatch(o -> o.handoffId().equals(id));
        assertThat(escalatedTo(id)).isEmpty();

        List<HandoffOverdue> first = sweep.sweep(due.plusSeconds(60));
        assertThat(first).filteredOn(o -> o.handoffId().equals(id)).singleElement()
                .satisfies(o -> assertThat(o.escalationStep()).isEqualTo(1));
        assertThat(escalatedTo(id)).containsExactly("assessment.manager");

        assertThat(sweep.sweep(due.plusSeconds(120))).as("the second step waits for its own time")
                .noneMatch(o -> o.handoffId().equals(id));

        Instant second = column(id, "second_escalation_at");
        sweep.sweep(second.plusSeconds(60));
        assertThat(escalatedTo(id)).containsExactly("assessment.manager", DemoUsers.PARTNERSHIP_LEAD);

        sweep.sweep(second.plus(Duration.ofDays(30)));
        assertThat(escalatedTo(id)).as("there is no third step").hasSize(2);
    }

    @Test
    void acknowledging_stops_the_acknowledgement_escalation_and_starts_the_completion_clock_afresh() {
        UUID id = redReferralFromPoliceToSocialCare();
        Instant ackDue = column(id, "due_at");
        sweep.sweep(ackDue.plusSeconds(60));
        assertThat(escalatedTo(id)).hasSize(1);

        Viewer socialCare = HandoffFixtures.viewer(users, DemoUsers.PRACTITIONER);
        assertThat(handoffs.acknowledge(id, socialCare).allowed()).isTrue();
        assertThat(column(id, "due_at")).isEqualTo(column(id, "completion_due_at"));
        assertThat(jdbc.sql("select escalation_step from handoff where id = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    @Test
    void the_sender_sees_an_overdue_hand_off_in_the_api_with_its_escalation_step() throws Exception {
        Viewer police = HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR);
        UUID id = handoffs.importSent(new HandoffRequest(HandoffKind.REFERRAL, Urgency.RED, null,
                HandoffFixtures.agency(agencies, "NBC-CSC"), assessmentTeam(), "Sent three days ago", null, null, null, null),
                police, clock.instant().minus(Duration.ofDays(3))).handoffId();
        sweep.sweep(clock.instant());

        mvc.perform(get("/api/v1/handoffs").param("state", "overdue").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].sender.agencyCode").value("NSP"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].receiver.agencyCode").value("NBC-CSC"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].escalationStep").value(1))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].escalatedTo").value("Mark Greene"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].missed").value("ACKNOWLEDGEMENT"));
    }

    @Test
    void an_agency_token_lists_only_overdue_hand_offs_its_agency_sent_or_received() throws Exception {
        Viewer police = HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR);
        UUID id = handoffs.importSent(new HandoffRequest(HandoffKind.REFERRAL, Urgency.RED, null,
                HandoffFixtures.agency(agencies, "NBC-CSC"), null, "Overdue, police to social care", null, null, null,
                null), police, clock.instant().minus(Duration.ofDays(3))).handoffId();

        mvc.perform(get("/api/v1/handoffs").param("state", "overdue").with(SignIn.bearer(tokenFor("NBH"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        mvc.perform(get("/api/v1/handoffs").param("state", "overdue").with(SignIn.bearer(tokenFor("NSP"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id.toString())));
    }

    private String tokenFor(String agencyCode) throws Exception {
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", HandoffFixtures.agency(agencies, agencyCode).toString())
                        .param("name", "Hand-off test " + agencyCode + " " + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }

    @Test
    void the_api_refuses_an_unknown_state_filter_with_a_problem_detail() throws Exception {
        mvc.perform(get("/api/v1/handoffs").param("state", "lost").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid parameter: state"))
                .andExpect(jsonPath("$.parameter").value("state"))
                .andExpect(jsonPath("$.detail").value("The parameter 'state' was 'lost'; it must be one of sent, "
                        + "acknowledged, accepted, declined, completed, withdrawn, open, overdue."));
    }

    @Test
    void escalation_steps_must_refer_to_a_real_hand_off_and_user_and_keep_them_from_deletion() {
        UUID id = redReferralFromPoliceToSocialCare();
        sweep.sweep(column(id, "due_at").plusSeconds(60));
        assertThat(escalatedTo(id)).hasSize(1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into handoff_escalation (handoff_id, step, escalated_at, missed)
                        values (?, 1, now(), 'ACKNOWLEDGEMENT')""").param(UUID.randomUUID()).update())
                .hasMessageContaining("which does not exist");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into handoff_escalation (handoff_id, step, escalated_at, escalated_to_user_id, missed)
                        values (?, 1, now(), ?, 'ACKNOWLEDGEMENT')""").params(id, UUID.randomUUID()).update())
                .hasMessageContaining("who does not exist");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from handoff where id = ?").param(id).update())
                .hasMessageContaining("escalation steps refer to it");
    }
}
