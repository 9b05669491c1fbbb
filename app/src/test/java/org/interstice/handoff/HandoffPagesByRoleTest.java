package org.interstice.handoff;

import java.util.Arrays;
import java.util.stream.Stream;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages with path variables, which RolePageMatrixTest cannot reach: only a partnership lead changes who does what.
 * (Hand-off pages by agency are in HandoffLifecycleTest; panel meeting pages in PanelMeetingTest.)
 */
@IntegrationTest
class HandoffPagesByRoleTest {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> roles() {
        return Arrays.stream(Role.values()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void only_a_partnership_lead_may_open_a_responsibility_to_change_it(Role role) throws Exception {
        mvc.perform(get("/who-does-what/strategy-discussion-convened").with(SignIn.as(role)))
                .andExpect(role == Role.PARTNERSHIP_LEAD ? status().isOk() : status().isForbidden());
    }
}
