package org.interstice.handoff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.interstice.handoff.internal.HandoffDesk;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.interstice.protection.triage.Decision;
import org.interstice.protection.triage.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orphans page: when the person who owns a concern, an alarm, a plan action and a hand-off is deactivated, all
 * four appear with the reason and who should take them; giving one a new owner takes it off the page.
 */
@IntegrationTest
class OrphansPageTest {

    private static final List<Tick> SIGNIFICANT = List.of(new Tick("V-FAMILY", true, false),
            new Tick("S-VEHICLES", true, false), new Tick("S-HOTELS", true, false), new Tick("S-EXCHANGE", true, false));

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    Accounts accounts;
    @Autowired
    Contacts contacts;
    @Autowired
    Screenings screenings;
    @Autowired
    Plans plans;
    @Autowired
    Alarms alarms;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Clock clock;
    @Autowired
    HandoffDesk desk;

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    /** The rows of the orphans table, as HTML. */
    private List<String> orphansPage(Role role) throws Exception {
        return orphansPage(DemoUsers.forRole(role), role);
    }

    private List<String> orphansPage(String username, Role role) throws Exception {
        String html = mvc.perform(get("/orphans").with(SignIn.as(username, role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int body = html.indexOf("<tbody");
        return body < 0 ? List.of()
                : Arrays.stream(html.substring(body, html.indexOf("</tbody>")).split("<tr")).skip(1).toList();
    }

    private static String row(List<String> page, String text) {
        return page.stream().filter(r -> text(r).contains(text)).findFirst().orElse(null);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void deactivating_an_owner_puts_their_concern_alarm_plan_action_and_hand_off_on_the_page_until_reallocated()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID socialCare = HandoffFixtures.agency(agencies, "NBC-CSC");
        UUID team = agencies.addTeam(socialCare, "Orphans test team " + tag).id();
        String managerName = "Olive Orphan " + tag;
        UUID manager = accounts.open(new NewAccount("orphan.manager." + tag, managerName, socialCare, team,
                Role.TEAM_MANAGER), "a-long-enough-password").user().id();
        Viewer mash = viewer(DemoUsers.MASH_OFFICER);
        Viewer practitioner = viewer(DemoUsers.PRACTITIONER);
        Viewer police = viewer(DemoUsers.POLICE_INVESTIGATOR);

        // The child is allocated to the manager's team, so the team's manager owns its alarm and new contacts.
        String child = "Orphan Child " + tag;
        var first = contacts.receive(new NewContact(null, child, LocalDate.now(clock).minusYears(14), "6",
                "Seen getting into cars " + tag, null), police);
        contacts.decide(first.id(), new Decision(Outcome.ASSESSMENT, "Exploitation risk", "N1", null), team, 0, mash);
        UUID subject = first.subjectId();
        screenings.record(subject, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
        assertThat(alarms.forChild(subject)).anySatisfy(a -> assertThat(a.open()).isTrue());
        String concern = "Missing overnight again " + tag;
        contacts.receive(new NewContact(subject, child, null, "6", concern, null), police);
        UUID plan = plans.start(subject, PlanType.EXPLOITATION_SAFETY, null, LocalDate.now(clock), practitioner);
        String action = "Arrange a return-home interview " + tag;
        plans.addAction(plan, action, managerName, socialCare, LocalDate.now(clock).plusDays(7), practitioner);
        String summary = "Please visit after the hotel sighting " + tag;
        UUID handoff = HandoffFixtures.send(handoffs, police, socialCare, Urgency.AMBER, summary);
        assertThat(handoffs.accept(handoff, manager, practitioner).allowed()).isTrue();

        assertThat(orphansPage(Role.MASH_OFFICER)).noneMatch(r -> r.contains(tag));

        assertThat(accounts.deactivate(manager, viewer(DemoUsers.SYSTEM_ADMINISTRATOR))).isEmpty();

        List<String> after = orphansPage(Role.MASH_OFFICER);
        String concernRow = row(after, concern);
        assertThat(concernRow).as("the open contact").isNotNull();
        assertThat(text(concernRow)).containsIgnoringCase("Child: " + child);
        assertThat(text(concernRow)).contains("Concern",
                "Owner deactivated: Orphans test team " + tag + " has no active manager",
                "last owner " + managerName + ", deactivated on", "Team manager");
        assertThat(concernRow).contains("href=\"/protection/children/" + subject + "\"",
                "href=\"/who-does-what#referral-decision-made\"");
        String alarmRow = after.stream()
                .filter(r -> text(r).contains("Known but not protected alarm")
                        && text(r).toLowerCase(java.util.Locale.ROOT).contains(child.toLowerCase(java.util.Locale.ROOT)))
                .findFirst().orElse(null);
        assertThat(alarmRow).as("the open alarm").isNotNull();
        assertThat(text(alarmRow)).contains("Alarm", "Owner deactivated", "deactivated on");
        assertThat(alarmRow).contains("href=\"/who-does-what#protection-alarm-reviewed\"");
        String actionRow = row(after, action);
        assertThat(actionRow).as("the plan action").isNotNull();
        assertThat(text(actionRow)).contains("Plan action", "Owner deactivated", "last owner " + managerName);
        assertThat(actionRow).contains("href=\"/who-does-what#plan-actions-allocated\"");
        String handoffRow = row(after, summary);
        assertThat(handoffRow).as("the hand-off").isNotNull();
        assertThat(text(handoffRow)).contains("Hand-off", "Owner deactivated", "deactivated on",
                "Team manager, Northbridge");

        // The team manager of the receiving agency gives the hand-off to someone else; it leaves the page.
        mvc.perform(post("/handoffs/" + handoff + "/reassign").with(SignIn.as(Role.TEAM_MANAGER)).with(csrf())
                        .param("version", String.valueOf(versionOf(handoff)))
                        .param("owner", practitioner.userId().toString()))
                .andExpect(status().is3xxRedirection());
        List<String> reallocated = orphansPage(Role.MASH_OFFICER);
        assertThat(row(reallocated, summary)).isNull();
        assertThat(row(reallocated, concern)).isNotNull();
        assertThat(row(reallocated, action)).isNotNull();
        assertThat(mvc.perform(get("/handoffs/" + handoff).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andReturn().getResponse().getContentAsString()).contains("Reassigned to Priya Shah");

        // A partnership lead sees them too; a team manager in an agency with no part in them does not.
        assertThat(row(orphansPage(Role.PARTNERSHIP_LEAD), action)).isNotNull();
        assertThat(orphansPage("nhs.safeguarding", Role.TEAM_MANAGER)).noneMatch(r -> r.contains(tag));
    }

    @Test
    void only_a_team_manager_or_the_owner_can_give_an_accepted_hand_off_to_someone_else() throws Exception {
        Viewer police = viewer(DemoUsers.POLICE_INVESTIGATOR);
        Viewer practitioner = viewer(DemoUsers.PRACTITIONER);
        UUID handoff = HandoffFixtures.send(handoffs, police, HandoffFixtures.agency(agencies, "NBC-CSC"), Urgency.GREEN,
                "Reassign rules " + UUID.randomUUID());
        UUID colleague = users.byUsername("social.worker").orElseThrow().id();
        UUID manager = users.byUsername(DemoUsers.TEAM_MANAGER).orElseThrow().id();
        assertThat(handoffs.accept(handoff, manager, practitioner).allowed()).isTrue();

        String refused = mvc.perform(post("/handoffs/" + handoff + "/reassign").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("version", String.valueOf(versionOf(handoff))).param("owner", colleague.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("error").toString();
        assertThat(refused).isEqualTo("Only a team manager or the owner can give this hand-off to someone else");
        String noOne = mvc.perform(post("/handoffs/" + handoff + "/reassign").with(SignIn.as(Role.TEAM_MANAGER)).with(csrf())
                        .param("version", String.valueOf(versionOf(handoff))))
                .andReturn().getFlashMap().get("error").toString();
        assertThat(noOne).isEqualTo("Choose the person who will own this hand-off");
    }

    private long versionOf(UUID handoff) {
        return desk.currentVersion(handoff, viewer(DemoUsers.TEAM_MANAGER));
    }
}
