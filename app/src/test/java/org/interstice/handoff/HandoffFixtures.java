package org.interstice.handoff;

import java.util.UUID;

import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Test helpers: demo users as viewers, and a hand-off sent from one demo agency to another. */
final class HandoffFixtures {

    private HandoffFixtures() {
    }

    static Viewer viewer(Users users, String username) {
        return users.viewerFor(username).orElseThrow();
    }

    static UUID agency(Agencies agencies, String code) {
        return agencies.byCode(code).orElseThrow().id();
    }

    static UUID send(Handoffs handoffs, Viewer from, UUID toAgency, Urgency urgency, String summary) {
        Sent sent = handoffs.send(new HandoffRequest(HandoffKind.REFERRAL, urgency, UUID.randomUUID(), toAgency, null,
                summary, null, null, null, null), from);
        if (sent.refused()) {
            throw new AssertionError(sent.refusal());
        }
        return sent.handoffId();
    }

    /** A new API token for a demo agency, issued through the administration page. */
    static String apiToken(MockMvc mvc, Agencies agencies, String agencyCode) throws Exception {
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency(agencies, agencyCode).toString())
                        .param("name", "Hand-off test " + agencyCode + " " + UUID.randomUUID()))
                .andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }
}
