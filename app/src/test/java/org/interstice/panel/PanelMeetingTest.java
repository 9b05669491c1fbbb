package org.interstice.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.Handoffs;
import org.interstice.handoff.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PanelMeetingTest {

    @Autowired
    Panels panels;
    @Autowired
    Handoffs handoffs;
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

    @Test
    void the_agenda_is_drafted_in_volt_order_decisions_become_owned_actions_and_the_next_meeting_reviews_them()
            throws Exception {
        Viewer police = users.viewerFor(DemoUsers.POLICE_INVESTIGATOR).orElseThrow();
        Viewer chair = users.viewerFor(DemoUsers.PANEL_CHAIR).orElseThrow();
        UUID child = UUID.randomUUID();
        handoffs.importSent(new HandoffRequest(HandoffKind.REFERRAL, Urgency.RED, child,
                agencies.byCode("NBC-CSC").orElseThrow().id(), null, "Overdue referral for the panel", null, null, null,
                null), police, clock.instant().minus(Duration.ofDays(2)));
        List<UUID> attending = List.of(agencies.byCode("NSP").orElseThrow().id(), agencies.byCode("NBC-CSC").orElseThrow().id());
        LocalDate first = LocalDate.of(2031, 3, 6);

        UUID meeting = panels.open(new Panels.NewMeeting("Test MACE", first, chair.userId(), attending), chair).meetingId();

        List<String> sections = jdbc.sql("""
                        select section from panel_agenda_item where meeting_id = ?
                        order by array_position(array['VICTIMS','OFFENDERS','LOCATIONS','TRENDS'], section), position""")
                .param(meeting).query(String.class).list();
        assertThat(sections).contains("VICTIMS", "TRENDS");
        UUID item = jdbc.sql("select id from panel_agenda_item where meeting_id = ? and subject_id = ?")
                .params(meeting, child).query(UUID.class).single();
        assertThat(jdbc.sql("select detail from panel_agenda_item where id = ?").param(item).query(String.class).single())
                .contains("hand-off overdue now");

        assertThat(panels.decide(meeting, item, "Convene a strategy discussion within 2 working days",
                agencies.byCode("NBC-CSC").orElseThrow().id(), null, LocalDate.now(clock).plusDays(5), Urgency.RED, chair)
                .allowed()).isTrue();
        UUID action = jdbc.sql("select handoff_id from panel_decision where meeting_id = ?").param(meeting)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select kind || ' ' || origin_type || ' ' || coalesce(subject_id::text, '') from handoff where id = ?")
                .param(action).query(String.class).single()).isEqualTo("ACTION PANEL_DECISION " + child);

        assertThat(panels.decide(meeting, item, "", null, null, null, null, chair).reason()).isEqualTo("Write down the decision");

        UUID next = panels.open(new Panels.NewMeeting("Test MACE", first.plusDays(14), chair.userId(), attending), chair)
                .meetingId();
        mvc.perform(get("/panels/" + next).with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Actions from the last meeting")))
                .andExpect(content().string(containsString("Convene a strategy discussion within 2 working days")));
        mvc.perform(get("/panels/" + meeting + "/minutes.csv").with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Convene a strategy discussion within 2 working days")));
        mvc.perform(get("/panels/" + meeting + "/minutes").with(SignIn.as(Role.PANEL_CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("panel-print.css")));
        mvc.perform(get("/panels/" + meeting).with(SignIn.as(Role.PRACTITIONER))).andExpect(status().isForbidden());
    }
}
