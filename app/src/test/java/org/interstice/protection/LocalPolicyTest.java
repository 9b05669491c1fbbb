package org.interstice.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.protection.config.LocalPolicy;
import org.interstice.protection.config.ProtectionSettings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Local policy is configuration: a partnership lead changes it, the change is audited and applies from then on. */
@IntegrationTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocalPolicyTest {

    @Autowired MockMvc mvc;
    @Autowired LocalPolicy policy;
    @Autowired ProtectionSettings settings;
    @Autowired Screenings screenings;
    @Autowired Contacts contacts;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_partnership_chooses_its_risk_vocabulary_and_new_screenings_use_it() {
        Viewer lead = users.viewerFor("partnership.lead").orElseThrow();
        Viewer practitioner = users.viewerFor("practitioner").orElseThrow();
        UUID child = contacts.receive(new NewContact(null, "Vocabulary Child " + UUID.randomUUID(), null, "2A", "Concern", null),
                practitioner).subjectId();
        try {
            policy.chooseVocabulary("LMH", lead);
            var result = screenings.record(child, List.of(new Tick("S-VEHICLES", true, false), new Tick("S-HOTELS", true, false),
                    new Tick("V-FAMILY", true, false)), false, LocalDate.now(clock), null, practitioner);
            // 11 points would be "Medium", but a significant incident sets the vocabulary's highest level.
            assertThat(result.levelLabel()).isEqualTo("High");
            assertThat(result.levelCount()).isEqualTo(3);
        } finally {
            policy.chooseVocabulary("SERAF", lead);
        }
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'protection.risk-vocabulary.chosen'")
                .query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_timescale_change_is_refused_to_a_practitioner_and_applies_for_a_partnership_lead() throws Exception {
        var setting = settings.all().stream().filter(s -> s.key().equals("clock.strategy-discussion")).findFirst().orElseThrow();
        mvc.perform(post("/protection/settings/values/clock.strategy-discussion").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("value", "3").param("version", String.valueOf(setting.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/protection/settings/values/clock.strategy-discussion").with(SignIn.as(Role.PARTNERSHIP_LEAD)).with(csrf())
                        .param("value", "3").param("version", String.valueOf(setting.version())))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(settings.timescales().strategyDiscussionWorkingDays()).isEqualTo(3);
        } finally {
            var changed = settings.all().stream().filter(s -> s.key().equals("clock.strategy-discussion")).findFirst().orElseThrow();
            policy.changeSetting("clock.strategy-discussion", setting.value(), changed.version(),
                    users.viewerFor("partnership.lead").orElseThrow());
        }
        mvc.perform(get("/protection/settings").with(SignIn.as(Role.PARTNERSHIP_LEAD))).andExpect(status().isOk());
    }

    @Test
    void a_local_timescale_longer_than_the_statutory_one_is_refused_naming_the_statute_and_a_shorter_one_applies()
            throws Exception {
        var lead = users.viewerFor("partnership.lead").orElseThrow();
        var icpc = settings.all().stream().filter(s -> s.key().equals("clock.icpc")).findFirst().orElseThrow();
        assertThat(icpc.ceiling()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(15));

        var refused = mvc.perform(post("/protection/settings/values/clock.icpc").with(SignIn.as(Role.PARTNERSHIP_LEAD))
                        .with(csrf()).param("value", "20").param("version", String.valueOf(icpc.version())))
                .andExpect(status().is3xxRedirection()).andReturn();
        org.interstice.protection.web.FormError error =
                (org.interstice.protection.web.FormError) refused.getFlashMap().get("error");
        assertThat(error.field()).isEqualTo("value");
        assertThat(error.message()).isEqualTo("Working Together to Safeguard Children 2023 sets at most 15 working days;"
                + " a local timescale may be shorter, never longer");
        assertThat(settings.timescales().icpcWorkingDays()).isEqualTo(15);

        policy.changeSetting("clock.icpc", 12, icpc.version(), lead);
        try {
            assertThat(settings.timescales().icpcWorkingDays()).isEqualTo(12);
        } finally {
            var changed = settings.all().stream().filter(s -> s.key().equals("clock.icpc")).findFirst().orElseThrow();
            policy.changeSetting("clock.icpc", 15, changed.version(), lead);
        }
        var laterReview = settings.all().stream().filter(s -> s.key().equals("clock.later-review")).findFirst().orElseThrow();
        assertThat(laterReview.ceiling()).as("an unverified figure is a local choice, with no ceiling").isEmpty();
    }
}
