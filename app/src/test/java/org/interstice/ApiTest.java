package org.interstice;

import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agencies agencies;

    @Test
    void theApiNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/agencies").with(SignIn.bearer("not-a-token"))).andExpect(status().isUnauthorized());
    }

    @Test
    void agenciesAreListedWithCodeNameAndKind() throws Exception {
        mvc.perform(get("/api/v1/agencies").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("NBC-CSC", "NSP", "NBH", "NYJS", "SAFE", "NBA", "SMH", "NBC-LIC", "NBC-EDU")))
                .andExpect(jsonPath("$[*].kind", hasItems("CHILDRENS_SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION",
                        "YOUTH_JUSTICE", "VOLUNTARY", "LICENSING")))
                .andExpect(jsonPath("$[?(@.code == 'NSP')].name").value("Northshire Police"));
    }

    @Test
    void anIssuedAgencyTokenWorksUntilRevokedAndLacksTheAuditScope() throws Exception {
        String agency = agencies.byCode("NSP").orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Police RMS " + System.nanoTime()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
        mvc.perform(get("/api/v1/agencies").with(SignIn.bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verify").with(SignIn.bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void theAuditChainCanBeVerifiedWithThePartnershipToken() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isNumber())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenEntry").isEmpty());
    }
}
