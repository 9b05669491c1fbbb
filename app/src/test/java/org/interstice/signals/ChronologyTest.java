package org.interstice.signals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.TestClock;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.identity.PersonIntake;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The child page: every agency on one chronology, as the viewer may see it, with the child's own words first. */
@IntegrationTest
class ChronologyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agencies agencies;
    @Autowired
    Users users;
    @Autowired
    PersonIntake intake;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    Contacts contacts;
    @Autowired
    SignalIntake signals;
    @Autowired
    Screenings screenings;

    private UUID childKnownToPolice() {
        var police = users.viewerFor("police.investigator").orElseThrow();
        UUID child = SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.now(clock).minusYears(15));
        contacts.receive(new Contacts.NewContact(child, "Chronology Child", LocalDate.now(clock).minusYears(15), "6",
                "Seen getting into cars with older men", null), police);
        return child;
    }

    private void signal(String username, String kind, String summary, int daysAgo, UUID child) {
        signals.record(users.viewerFor(username).orElseThrow(), new NewSignal(kind, kind + "-" + UUID.randomUUID(), child,
                null, OffsetDateTime.now(clock).minusDays(daysAgo), null, null, false, summary), SignalIntake.Via.FORM);
    }

    private String page(UUID child, Role role) throws Exception {
        return mvc.perform(get("/protection/children/" + child).with(SignIn.as(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void every_agency_is_on_one_timeline_newest_first_and_a_health_signal_is_restricted_to_those_who_need_to_know() throws Exception {
        UUID child = childKnownToPolice();
        signal("ed.nurse", "SEXUAL_HEALTH_ATTENDANCE", "Attended clinic with an older partner aged 24", 3, child);
        signal("nba.dsl", "SCHOOL_ABSENCE", "Absent every Friday this term", 10, child);
        signal("police.investigator", "POLICE_INCIDENT", "Stopped in a taxi at 1am with an adult", 1, child);

        String police = page(child, Role.POLICE_INVESTIGATOR);
        assertThat(police).contains("A health signal, restricted").doesNotContain("older partner aged 24")
                .contains("Absent every Friday this term").contains("Stopped in a taxi at 1am");
        assertThat(police.indexOf("Stopped in a taxi")).isLessThan(police.indexOf("A health signal, restricted"));
        assertThat(police.indexOf("A health signal, restricted")).isLessThan(police.indexOf("Absent every Friday"));
        assertThat(police).contains("Northbridge NHS Foundation Trust").contains("Northbridge Academy");

        String mash = page(child, Role.MASH_OFFICER);
        assertThat(mash).contains("Attended clinic with an older partner aged 24").doesNotContain("A health signal, restricted");

        String whole = mvc.perform(get("/protection/children/" + child + "/chronology").with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(whole).contains("A health signal, restricted").doesNotContain("older partner aged 24")
                .contains("Contact to the MASH");
    }

    @Test
    void the_child_s_own_words_come_first_and_a_screening_without_them_says_so() throws Exception {
        UUID child = childKnownToPolice();
        var screening = screenings.record(child, List.of(new Screenings.Tick("M-MISSING", true, false)), false,
                LocalDate.now(clock), null, users.viewerFor("practitioner").orElseThrow());
        String before = page(child, Role.MASH_OFFICER);
        assertThat(before).contains("id=\"without-child-view\"").contains("Recorded without the child's view: the latest screening");

        mvc.perform(post("/protection/children/" + child + "/words").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("words", "They said I was their girlfriend and it was normal.")
                        .param("heardBy", "Mary Ashworth").param("heardOn", "")
                        .param("record", "SCREENING:" + screening.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        assertThat(page(child, Role.MASH_OFFICER)).doesNotContain("They said I was their girlfriend");

        String today = LocalDate.now(clock).getDayOfMonth() + "/" + LocalDate.now(clock).getMonthValue() + "/" + LocalDate.now(clock).getYear();
        mvc.perform(post("/protection/children/" + child + "/words").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("words", "They said I was their girlfriend and it was normal.")
                        .param("heardBy", "Mary Ashworth").param("heardOn", today)
                        .param("record", "SCREENING:" + screening.id()))
                .andExpect(status().is3xxRedirection());
        String after = page(child, Role.MASH_OFFICER);
        assertThat(after).contains("They said I was their girlfriend and it was normal.").doesNotContain("id=\"without-child-view\"");
        assertThat(after.indexOf("In their own words")).isLessThan(after.indexOf("Multi-agency chronology"));
        assertThat(after.indexOf("In their own words")).isLessThan(after.indexOf("id=\"summary\""));
    }
}
