package org.interstice;

import org.interstice.agency.Role;
import org.interstice.demo.DemoUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in requests for MockMvc tests. The {@code Viewer} of such a request is loaded from the database by
 * username, so the user must exist (a demo user, or one the test opened with {@code Accounts.open}).
 */
public final class SignIn {

    private SignIn() {
    }

    /** The demo user who holds this role. */
    public static RequestPostProcessor as(Role role) {
        return as(DemoUsers.forRole(role), role);
    }

    /** Any existing active user, with their role. */
    public static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    /** An API request with the test partnership-wide token. */
    public static RequestPostProcessor partnershipToken() {
        return bearer(IntegrationTest.DEMO_API_TOKEN);
    }

    /** An API request with a bearer token. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

}
