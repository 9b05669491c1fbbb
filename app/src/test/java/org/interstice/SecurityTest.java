package org.interstice;

import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
import org.interstice.agency.UserSignedIn;
import org.interstice.audit.AuditTrail;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Agencies agencies;
    @Autowired
    AuditTrail audit;
    @Autowired
    ServerProperties server;

    private static final String PASSWORD = "a-long-enough-password";

    private String newUser() {
        String username = "sec." + UUID.randomUUID().toString().substring(0, 8);
        UUID agency = agencies.byCode("NBC-CSC").orElseThrow().id();
        assertThat(accounts.open(new NewAccount(username, "Test Person", agency, null, Role.PRACTITIONER), PASSWORD).ok())
                .isTrue();
        return username;
    }

    @Test
    void aDemoUserSignsInWithTheDemoPasswordAndTheSignInIsAudited(@Autowired ApplicationEvents events) throws Exception {
        mvc.perform(formLogin("/sign-in").user(DemoUsers.PRACTITIONER).password(IntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(events.stream(UserSignedIn.class)).extracting(UserSignedIn::username).containsExactly(DemoUsers.PRACTITIONER);
        assertThat(audit.recent("user", null, DemoUsers.PRACTITIONER, 5))
                .anySatisfy(e -> assertThat(e.action() + " " + e.outcome()).isEqualTo("SIGN_IN SUCCESS"));
    }

    @Test
    void repeatedFailedSignInsLockTheAccountWithAClearMessage() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong-password"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        // Even the right password is refused while the account is locked.
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(get("/sign-in?locked"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "This account is locked after 5 failed sign-in attempts. Try again in 15 minutes")));
        assertThat(audit.recent("user", null, username, 10))
                .filteredOn(e -> e.outcome().startsWith("FAILURE")).hasSize(6)
                .allSatisfy(e -> assertThat(e.agencyCode()).isEqualTo("NBC-CSC"));
    }

    @Test
    void aLockedAccountOpensAgainAfterFifteenMinutes(@Autowired TestClock clock) throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong-password"));
        }
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/sign-in?locked"));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void manyFailedSignInsFromOneAddressAreThrottledWhateverTheUsername() throws Exception {
        RequestPostProcessor fromOneAddress = request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        };
        for (int i = 0; i < 50; i++) {
            mvc.perform(post("/sign-in").param("username", "guess" + i).param("password", "wrong").with(csrf()).with(fromOneAddress))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(post("/sign-in").param("username", DemoUsers.PRACTITIONER).param("password", IntegrationTest.DEMO_PASSWORD)
                        .with(csrf()).with(fromOneAddress))
                .andExpect(redirectedUrl("/sign-in?throttled"));
        mvc.perform(get("/sign-in?throttled"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("too many failed sign-in attempts from your network")));
        // Other addresses are unaffected.
        mvc.perform(formLogin("/sign-in").user(DemoUsers.PRACTITIONER).password(IntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordExplainsTheLockout() throws Exception {
        mvc.perform(get("/sign-in?error"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct username and password")));
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("username", DemoUsers.PRACTITIONER).param("password", IntegrationTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens").param("name", "x").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").with(SignIn.as(Role.PRACTITIONER)).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signedOut"));
        assertThat(audit.recent("user", null, DemoUsers.PRACTITIONER, 1))
                .extracting(e -> e.action()).containsExactly("SIGN_OUT");
    }

    @Test
    void anApiTokenCannotOpenAPage() throws Exception {
        mvc.perform(get("/").with(SignIn.partnershipToken())).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/audit").with(SignIn.partnershipToken())).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aBrowserSessionCannotCallTheApi() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/sign-in").user(DemoUsers.AUDITOR).password(IntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verify").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/api/v1/agencies").session(session).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("style-src 'self'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void errorPagesAreStyledAndShowNoStackTrace() throws Exception {
        mvc.perform(get("/no-such-page").with(SignIn.as(Role.PRACTITIONER)).accept("text/html"))
                .andExpect(status().isNotFound());
        // MockMvc does not forward to /error, so check the error page itself.
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500).accept("text/html"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sorry, there is a problem with the service")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }
}
