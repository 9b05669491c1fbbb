package org.interstice.identity.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may open identity's and ingest's pages: every role against every page. */
@IntegrationTest
class IdentityPagesAccessTest {

    private static final Set<Role> SEES_PEOPLE = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.MASH_OFFICER,
            Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST, Role.PANEL_CHAIR);

    private static final Map<String, Set<Role>> PAGES = Map.of(
            "/subjects", SEES_PEOPLE,
            "/people/new", SEES_PEOPLE,
            "/identity/reviews", EnumSet.of(Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST),
            "/admin/linkage-model", EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST),
            "/admin/imports", EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER),
            "/admin/imports/new", EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER),
            "/admin/imports/profiles", EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.TEAM_MANAGER));

    @Autowired
    MockMvc mvc;

    @Test
    void each_role_opens_only_its_identity_and_import_pages_and_elected_members_none_about_people() throws Exception {
        for (var page : PAGES.entrySet()) {
            for (Role role : Role.values()) {
                mvc.perform(get(page.getKey()).with(SignIn.as(role)))
                        .andExpect(page.getValue().contains(role) ? status().isOk() : status().isForbidden());
            }
        }
    }

    @Test
    void the_subject_api_needs_a_token() throws Exception {
        mvc.perform(get("/api/v1/subjects").param("name", "x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/subjects").param("name", "x").with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isForbidden());
    }
}
