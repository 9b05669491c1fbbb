package org.interstice.handoff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.interstice.agency.Role.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every role against the hand-off and panel pages: allowed pages render, the rest are forbidden. */
@IntegrationTest
class HandoffPagesByRoleTest {

    private static final Set<Role> CASEWORK = EnumSet.of(PRACTITIONER, TEAM_MANAGER, MASH_OFFICER, POLICE_INVESTIGATOR,
            PANEL_CHAIR, PARTNERSHIP_LEAD);
    private static final Set<Role> PANEL = EnumSet.of(PANEL_CHAIR, PARTNERSHIP_LEAD, TEAM_MANAGER, MASH_OFFICER,
            POLICE_INVESTIGATOR, INTELLIGENCE_ANALYST);

    private static final Map<String, Set<Role>> PAGES = Map.of(
            "/handoffs", CASEWORK,
            "/handoffs/new", CASEWORK,
            "/handoffs/timescales", EnumSet.of(PRACTITIONER, TEAM_MANAGER, MASH_OFFICER, POLICE_INVESTIGATOR, PANEL_CHAIR,
                    PARTNERSHIP_LEAD, AUDITOR),
            "/handoffs/dashboard", EnumSet.of(TEAM_MANAGER, MASH_OFFICER, PANEL_CHAIR, PARTNERSHIP_LEAD, AUDITOR, ELECTED_MEMBER),
            "/orphans", EnumSet.of(TEAM_MANAGER, MASH_OFFICER, PANEL_CHAIR, PARTNERSHIP_LEAD),
            "/who-does-what", EnumSet.allOf(Role.class),
            "/who-does-what/strategy-discussion-convened", EnumSet.of(PARTNERSHIP_LEAD),
            "/panels", PANEL,
            "/panels/new", EnumSet.of(PANEL_CHAIR, PARTNERSHIP_LEAD));

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> roleAndPage() {
        return Arrays.stream(Role.values()).flatMap(role -> PAGES.keySet().stream().map(p -> Arguments.of(role, p)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("roleAndPage")
    void each_role_sees_only_its_pages(Role role, String path) throws Exception {
        mvc.perform(get(path).with(SignIn.as(role)))
                .andExpect(PAGES.get(path).contains(role) ? status().isOk() : status().isForbidden());
    }
}
