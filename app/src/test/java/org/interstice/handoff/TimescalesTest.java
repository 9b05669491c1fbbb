package org.interstice.handoff;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Timescales are local configuration: a partnership lead changes them; hand-offs already sent keep their deadlines. */
@IntegrationTest
class TimescalesTest {

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

    private long version() {
        return jdbc.sql("select version from handoff_deadline_policy where urgency = 'GREEN'").query(Long.class).single();
    }

    private Duration acknowledgementWindow(UUID id) {
        return jdbc.sql("select sent_at, acknowledgement_due_at from handoff where id = ?").param(id)
                .query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                .single();
    }

    private UUID greenHandoff() {
        return HandoffFixtures.send(handoffs, HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR),
                HandoffFixtures.agency(agencies, "NBH"), Urgency.GREEN, "Timescale test " + UUID.randomUUID());
    }

    private org.springframework.test.web.servlet.ResultActions change(Role role, int ackHours, String unit) throws Exception {
        return mvc.perform(post("/handoffs/timescales/GREEN").with(SignIn.as(role)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("acknowledgeAmount", String.valueOf(ackHours)).param("acknowledgeUnit", unit)
                .param("completeAmount", "10").param("completeUnit", "WORKING_DAYS")
                .param("escalateAmount", "1").param("escalateUnit", "WORKING_DAYS"));
    }

    @Test
    void a_partnership_lead_changes_timescales_for_new_hand_offs_only() throws Exception {
        UUID before = greenHandoff();
        Duration oldWindow = acknowledgementWindow(before);
        try {
            change(Role.PARTNERSHIP_LEAD, 3, "HOURS").andExpect(flash().attribute("notice", containsString("Green timescales changed")));
            UUID after = greenHandoff();
            assertThat(acknowledgementWindow(after)).isEqualTo(Duration.ofHours(3));
            assertThat(acknowledgementWindow(before)).isEqualTo(oldWindow);
            change(Role.PARTNERSHIP_LEAD, 0, "HOURS").andExpect(flash().attribute("error", containsString("between 1 and 1000")));
            change(Role.TEAM_MANAGER, 1, "HOURS").andExpect(status().isForbidden());
        } finally {
            change(Role.PARTNERSHIP_LEAD, 1, "WORKING_DAYS");
        }
    }
}
