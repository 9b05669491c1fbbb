package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Adding a person by hand after searching, and the administrator's retrain. */
@IntegrationTest
class PeopleAndModelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Models models;

    @Test
    void a_practitioner_searches_first_then_adds_a_new_person_for_their_own_agency() throws Exception {
        String family = "Quillfeather" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String search = mvc.perform(get("/people/new").param("givenName", "Rosie").param("familyName", family)
                        .with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("No one you may see matches these details").contains("None of these: add a new person");

        String location = mvc.perform(post("/people").with(SignIn.as(Role.PRACTITIONER)).with(csrf())
                        .param("givenName", "Rosie").param("familyName", family).param("dob", "2012-12-12")
                        .param("sex", "F").param("ethnicity", "NOBT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/subjects/");
        assertThat(jdbc.sql("""
                select a.code from person_record r join agency a on a.id = r.agency_id where r.family_name = :f""")
                .param("f", family).query(String.class).single()).isEqualTo("NBC-CSC");
        mvc.perform(get(location).with(SignIn.as(Role.PRACTITIONER))).andExpect(status().isOk());

        mvc.perform(post("/people").with(SignIn.as(Role.PRACTITIONER)).with(csrf()).param("familyName", family)
                        .param("dob", "2099-01-01").param("nhsNumber", "123"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Enter a valid 10-digit NHS number")));
    }

    @Test
    void only_a_system_administrator_retrains_and_the_new_model_is_stored_with_its_version_and_audited() throws Exception {
        mvc.perform(post("/admin/linkage-model/retrain").with(SignIn.as(Role.MASH_OFFICER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/linkage-model/retrain").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Models.ModelInfo active = models.activeInfo().orElseThrow();
        assertThat(active.trainedBy()).isEqualTo("sysadmin");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LINKAGE_MODEL_RETRAINED' and resource_id = :v")
                .param("v", active.version()).query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/admin/linkage-model").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(active.version()).contains("Retrain the model");
    }
}
