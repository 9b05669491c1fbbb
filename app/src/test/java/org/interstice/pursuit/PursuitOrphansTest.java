package org.interstice.pursuit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Named but not pursued" alarms whose suspect has no police lead, or a lead who left, are on the orphans page. */
@IntegrationTest
class PursuitOrphansTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Agencies agencies;
    @Autowired
    Users users;
    @Autowired
    SuspectPathway pathway;
    @Autowired
    Clock clock;

    /** A suspect with an open alarm, as the pursuit alarm sweep leaves them. */
    private UUID suspectWithOpenAlarm(String name, UUID lead) {
        UUID suspect = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        insert into suspect (id, person_entity_id, display_name, stage, stage_entered_on, owner_user_id,
                                             named_on, created_at)
                        values (?, ?, ?, 'NAMED', ?, ?, ?, ?)""")
                .params(suspect, UUID.randomUUID(), name, today.minusDays(30), lead, today.minusDays(30),
                        OffsetDateTime.now(clock)).update();
        jdbc.sql("""
                        insert into pursuit_alarm (id, suspect_id, due_on, raised_at, escalates_on, independent_reports,
                                                   linked_children, reasons)
                        values (?, ?, ?, ?, ?, 2, '{}', 'Named in 2 independent reports and not pursued')""")
                .params(UUID.randomUUID(), suspect, today.minusDays(2), OffsetDateTime.now(clock), today.plusDays(12))
                .update();
        return suspect;
    }

    private String orphans(Role role) throws Exception {
        return mvc.perform(get("/orphans").with(SignIn.as(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_suspect_without_a_police_lead_or_whose_lead_left_is_listed_until_a_lead_is_named() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID police = agencies.byCode("NSP").orElseThrow().id();
        UUID leaver = accounts.open(new NewAccount("pursuit.leaver." + tag, "DC Leaving " + tag, police, null,
                Role.POLICE_INVESTIGATOR), "a-long-enough-password").user().id();
        UUID unowned = suspectWithOpenAlarm("Unowned Suspect " + tag, null);
        UUID owned = suspectWithOpenAlarm("Owned Suspect " + tag, leaver);

        assertThat(orphans(Role.PARTNERSHIP_LEAD)).contains("Named but not pursued: Unowned Suspect " + tag)
                .contains("No owner: no police lead named").doesNotContain("Owned Suspect " + tag);
        assertThat(orphans(Role.TEAM_MANAGER)).as("not a reader of suspects").doesNotContain(tag);

        assertThat(accounts.deactivate(leaver, users.viewerFor(DemoUsers.SYSTEM_ADMINISTRATOR).orElseThrow())).isEmpty();
        assertThat(orphans(Role.PANEL_CHAIR)).contains("Named but not pursued: Owned Suspect " + tag)
                .contains("Owner deactivated: the police lead has left").contains("last owner DC Leaving " + tag)
                .contains("/who-does-what#suspect-pursuit-action-recorded");

        Viewer chair = users.viewerFor(DemoUsers.PANEL_CHAIR).orElseThrow();
        UUID lead = users.byUsername(DemoUsers.POLICE_INVESTIGATOR).orElseThrow().id();
        assertThat(pathway.assignLead(chair, unowned, lead, pathway.version(unowned)).done()).isTrue();
        assertThat(pathway.assignLead(chair, owned, lead, pathway.version(owned)).done()).isTrue();
        assertThat(orphans(Role.PARTNERSHIP_LEAD)).doesNotContain(tag);
    }
}
