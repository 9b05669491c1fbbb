package org.interstice;

import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.UserSummary;
import org.interstice.audit.AuditTrail;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    AuditTrail audit;

    @Test
    void anAdministratorOpensAnAccountThatCanSignInThenDeactivatesIt() throws Exception {
        String username = "new." + UUID.randomUUID().toString().substring(0, 8);
        UUID team = users.teams().stream().filter(t -> t.name().equals("Emergency department")).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/users").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("username", username).param("displayName", "Nina New").param("team", team.toString())
                        .param("role", "PRACTITIONER").param("password", "twelve-chars-at-least"))
                .andExpect(redirectedUrl("/admin/users"));
        UserSummary user = users.byUsername(username).orElseThrow();
        assertThat(user.teamId()).isEqualTo(team);
        mvc.perform(formLogin("/sign-in").user(username).password("twelve-chars-at-least")).andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/users/" + user.id() + "/deactivate").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin("/sign-in").user(username).password("twelve-chars-at-least")).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(audit.about("user", user.id()))
                .extracting(e -> e.action() + " by " + e.username())
                .contains("OPEN_ACCOUNT by " + DemoUsers.SYSTEM_ADMINISTRATOR, "DEACTIVATE_ACCOUNT by " + DemoUsers.SYSTEM_ADMINISTRATOR);
    }

    @Test
    void aShortPasswordIsRefusedWithAClearMessage() throws Exception {
        UUID team = users.teams().get(0).id();
        mvc.perform(post("/admin/users").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("username", "short.pw").param("displayName", "Short Password").param("team", team.toString())
                        .param("role", "PRACTITIONER").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a password of at least 12 characters")));
        assertThat(users.byUsername("short.pw")).isEmpty();
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(post("/admin/users").with(SignIn.as(Role.TEAM_MANAGER)).with(csrf())
                        .param("username", "sneaky").param("displayName", "Sneaky").param("role", "AUDITOR"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAnAgencyAndATeamAndBadInputIsExplained(@Autowired org.interstice.agency.Agencies agencies)
            throws Exception {
        String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        mvc.perform(post("/admin/agencies").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("code", code).param("name", "Northbridge Women's Aid").param("kind", "VOLUNTARY"))
                .andExpect(redirectedUrl("/admin/agencies"));
        UUID agency = agencies.byCode(code).orElseThrow().id();
        mvc.perform(post("/admin/agencies/" + agency + "/teams").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("name", "Young people's advocates"))
                .andExpect(redirectedUrl("/admin/agencies"));
        assertThat(users.teams()).anySatisfy(t -> assertThat(t.agencyId() + t.name()).isEqualTo(agency + "Young people's advocates"));
        mvc.perform(post("/admin/agencies").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("code", code).param("name", "Again").param("kind", "VOLUNTARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An agency with code " + code + " already exists")));
        assertThat(audit.about("agency", agency)).extracting(e -> e.action()).contains("ADD_AGENCY");
    }
}
