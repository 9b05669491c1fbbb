package org.interstice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsDescribedWithItsBearerTokenScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/agencies']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.agencyToken.scheme").value("bearer"));
    }
}
