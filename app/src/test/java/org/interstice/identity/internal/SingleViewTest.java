package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.identity.Subjects;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two agencies' records of one child become one subject, which only entitled people see, and every look is audited. */
@IntegrationTest
class SingleViewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Agencies agencies;
    @Autowired
    Subjects subjects;
    @Autowired
    JdbcClient jdbc;

    static Viewer system(Agency agency) {
        return new Viewer(null, "test:identity", "Identity test", agency.id(), agency.code(), null, null, false);
    }

    static void importCsv(Imports imports, Agency agency, String name, String csv) {
        Imports.Status s = imports.run(system(agency), new Imports.Submission(agency.code(), name,
                csv.getBytes(StandardCharsets.UTF_8), null, false), x -> { });
        assertThat(s.status()).as(s.failure()).isEqualTo("DONE");
    }

    UUID subjectOf(String agencyCode, String sourceId) {
        return jdbc.sql("""
                select r.subject_id from person_record r join agency a on a.id = r.agency_id
                where a.code = :code and r.source_id = :source""")
                .param("code", agencyCode).param("source", sourceId)
                .query((rs, n) -> rs.getObject(1, UUID.class)).single();
    }

    /** A rare name so that fuzzy search finds exactly this child. */
    private static String rareFamilyName() {
        String letters = Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "").toLowerCase();
        // the fast-changing end of the clock, so that two names made moments apart do not sound alike
        return "Zq" + letters.substring(Math.max(0, letters.length() - 6)) + "wicz";
    }

    @Test
    void records_of_one_child_from_health_and_police_become_one_subject_shown_with_provenance() throws Exception {
        String family = rareFamilyName();
        String id = "SV" + System.nanoTime();
        importCsv(imports, agencies.byCode("NBH").orElseThrow(), id + "-h.csv", """
                source_id,given_name,family_name,dob,sex,ethnicity,postcode,address,phone,nhs_number,first_known
                %s-H,Leanne,%s,2010-04-17,F,WBRI,NB4 7QT,12 Foundry Lane,07700900456,9434765919,2019-03-01
                """.formatted(id, family));
        importCsv(imports, agencies.byCode("NSP").orElseThrow(), id + "-p.csv", """
                source_id,given_name,family_name,dob,sex,postcode,address,phone,nhs_number,aliases,first_known
                %s-P,Leanne,%s,2010-04-17,F,NB4 7QT,12 Foundry Lane,07700900456,9434765919,Lee Fox,2024-10-02
                """.formatted(id, family.toUpperCase()));

        UUID subject = subjectOf("NBH", id + "-H");
        assertThat(subjectOf("NSP", id + "-P")).isEqualTo(subject);
        assertThat(subjects.agenciesKnowing(subject)).extracting(k -> k.agencyCode()).containsExactly("NBH", "NSP");
        assertThat(subjects.agenciesKnowing(subject).get(0).since()).isEqualTo(java.time.LocalDate.of(2019, 3, 1));

        String page = mvc.perform(get("/subjects/" + subject).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Known to 2 agencies").contains("Northbridge NHS Foundation Trust")
                .contains("Northshire Police").contains("NSP " + id + "-P").contains("Lee FOX (alias)")
                .contains("Linked automatically");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'READ' and resource_type = 'subject'
                  and resource_id = :id and username = 'mash.officer'""").param("id", subject.toString())
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);

        mvc.perform(get("/api/v1/subjects").param("name", "Leanne " + family).param("dob", "2010-04-17")
                        .with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(subject.toString()))
                .andExpect(jsonPath("$[0].agencies.length()").value(2));
        mvc.perform(get("/api/v1/subjects/" + subject).with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[*].agency").value(org.hamcrest.Matchers.containsInAnyOrder("NBH", "NSP")))
                .andExpect(jsonPath("$.records[*].source_id").value(org.hamcrest.Matchers.containsInAnyOrder(id + "-H", id + "-P")))
                .andExpect(jsonPath("$.agencies[0].code").value("NBH"));
    }

    @Test
    void only_entitled_roles_and_agencies_see_a_subject() throws Exception {
        String family = rareFamilyName();
        String id = "AC" + System.nanoTime();
        importCsv(imports, agencies.byCode("NSP").orElseThrow(), id + ".csv", """
                source_id,given_name,family_name,dob
                %s,Corey,%s,2009-09-09
                """.formatted(id, family));
        UUID subject = subjectOf("NSP", id);
        String path = "/subjects/" + subject;
        for (Role never : List.of(Role.ELECTED_MEMBER, Role.SYSTEM_ADMINISTRATOR, Role.AUDITOR, Role.PARTNERSHIP_LEAD)) {
            mvc.perform(get(path).with(SignIn.as(never))).andExpect(status().isForbidden());
        }
        for (Role wide : List.of(Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST, Role.PANEL_CHAIR)) {
            mvc.perform(get(path).with(SignIn.as(wide))).andExpect(status().isOk());
        }
        // the police investigator's agency knows the child; the council practitioner's does not
        mvc.perform(get(path).with(SignIn.as(Role.POLICE_INVESTIGATOR))).andExpect(status().isOk());
        mvc.perform(get(path).with(SignIn.as(Role.PRACTITIONER))).andExpect(status().isNotFound());
        mvc.perform(get("/subjects").param("name", "Corey " + family).with(SignIn.as(Role.PRACTITIONER)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("0 people found")));
        mvc.perform(get("/subjects").param("name", "Corey " + family).with(SignIn.as(Role.POLICE_INVESTIGATOR)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("1 person found")));
    }

    @Test
    void search_finds_names_that_sound_alike_and_dates_of_birth_within_the_tolerance() throws Exception {
        String id = "PH" + System.nanoTime();
        importCsv(imports, agencies.byCode("NBC-CSC").orElseThrow(), id + ".csv", """
                source_id,given_name,family_name,dob,postcode,upn
                %s,Mohammed,Tchaikovskiyy,2012-07-01,NB9 1ZZ,A123456789012
                """.formatted(id));
        UUID subject = subjectOf("NBC-CSC", id);
        Viewer mash = new Viewer(null, "test", "test", null, null, null, null, true);
        assertThat(subjects.search(mash, "Muhammad Chaikovskiy", null, 10)).extracting(s -> s.id()).contains(subject);
        assertThat(subjects.search(mash, "Mohammed Tchaikovskiyy", java.time.LocalDate.of(2013, 6, 1), 10))
                .extracting(s -> s.id()).contains(subject);
        assertThat(subjects.search(mash, "Mohammed Tchaikovskiyy", java.time.LocalDate.of(2015, 1, 1), 10))
                .extracting(s -> s.id()).doesNotContain(subject);
        mvc.perform(get("/api/v1/subjects").param("identifier", "a123456789012").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[0].id").value(subject.toString()));
        mvc.perform(get("/api/v1/subjects").param("postcode", "nb91zz").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(subject.toString())));
        mvc.perform(get("/api/v1/subjects").param("dob", "not-a-date").with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest());
    }
}
