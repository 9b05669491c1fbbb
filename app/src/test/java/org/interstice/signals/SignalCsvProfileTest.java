package org.interstice.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.identity.PersonIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals through a CSV import profile: an agency saves what its own extract calls each signal column (the same
 * profiles page as people extracts) and sends the extract as its system writes it, naming the profile.
 */
@IntegrationTest
class SignalCsvProfileTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agencies agencies;
    @Autowired
    Users users;
    @Autowired
    PersonIntake intake;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private static final String POLICE_MANAGER = "police.manager";

    private void saveProfile(String name) throws Exception {
        mvc.perform(post("/admin/imports/profiles").with(SignIn.as(POLICE_MANAGER, Role.TEAM_MANAGER)).with(csrf())
                        .param("extract", "SIGNALS").param("name", name)
                        .param("col_source_id", "Occurrence Ref").param("col_kind", "Type")
                        .param("col_subject_id", "Interstice ID").param("col_occurred_at", "Reported")
                        .param("col_summary", "Narrative").param("col_exploitation_indicator", "CSE Flag"))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions send(String token, String csv, String profile) throws Exception {
        var request = multipart("/api/v1/signals/csv").file(new MockMultipartFile("file", "niche-extract.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(SignIn.bearer(token));
        if (profile != null) {
            request.param("profile", profile);
        }
        return mvc.perform(request);
    }

    @Test
    void an_agency_sends_signals_under_its_own_column_names_by_naming_its_saved_profile() throws Exception {
        String profile = "niche-" + UUID.randomUUID().toString().substring(0, 8);
        saveProfile(profile);
        String page = mvc.perform(get("/admin/imports/profiles").with(SignIn.as(POLICE_MANAGER, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Profiles for signal extracts").contains(profile).contains("Occurrence Ref");

        String police = SignalFixtures.token(mvc, agencies, "NSP");
        UUID child = SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.of(2012, 3, 3));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // as a spreadsheet saves it: a byte-order mark before the first header
        String csv = "\uFEFF" + """
                Occurrence Ref,Type,Interstice ID,Reported,Narrative,CSE Flag,Officer
                NSP-%1$s-1,POLICE_INCIDENT,%2$s,2026-11-28T02:10:00Z,Found in a parked car with two men in their thirties,Y,PC 1234
                NSP-%1$s-2,FOUND_WITH_OLDER_ADULTS,%2$s,not a time,Seen with older men at the takeaway,,PC 1234
                NSP-%1$s-3,UNEXPLAINED_GIFTS,%2$s,2026-11-30,New phone and trainers,,PC 1234
                """.formatted(tag, child);

        send(police, csv, profile).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected.length()").value(1))
                .andExpect(jsonPath("$.rejected[0].row").value(3))
                .andExpect(jsonPath("$.rejected[0].field").value("Reported"));
        assertThat(jdbc.sql("""
                select kind || '|' || exploitation_indicator || '|' || summary from signal
                where source_id = :s and subject_id = :child""")
                .param("s", "NSP-" + tag + "-1").param("child", child).query(String.class).single())
                .isEqualTo("POLICE_INCIDENT|true|Found in a parked car with two men in their thirties");

        // the same file sent again creates nothing new; without the profile its columns are not ours
        send(police, csv, profile).andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.repeated").value(2));
        send(police, csv, null).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.rejected.length()").value(3));
    }

    @Test
    void an_unknown_profile_or_a_file_without_a_column_the_profile_names_is_refused_naming_the_field() throws Exception {
        String profile = "niche-" + UUID.randomUUID().toString().substring(0, 8);
        saveProfile(profile);
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        send(police, "Occurrence Ref,Type\nX,ARREST\n", "no-such-profile").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("profile"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no-such-profile")));
        send(police, "Occurrence Ref,Kind,Reported,Narrative\nX,ARREST,2026-11-30,Arrested\n", profile)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no column 'Type'")));
        // another agency's profile is not this agency's
        String school = SignalFixtures.token(mvc, agencies, "NBA");
        send(school, "Occurrence Ref,Type\nX,ARREST\n", profile).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("profile"));
        // a people import cannot use a profile for signal extracts
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        "Occurrence Ref,Type\nX,Y\n".getBytes(StandardCharsets.UTF_8)))
                        .param("agency", "NSP").param("profile", profile).with(SignIn.partnershipToken()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_header_given_twice_or_a_quote_never_closed_is_refused_naming_the_column_or_row_and_keeps_what_came_before() throws Exception {
        String police = SignalFixtures.token(mvc, agencies, "NSP");
        UUID child = SignalFixtures.child(intake, tx, users.viewerFor("nba.dsl").orElseThrow(), LocalDate.of(2012, 5, 9));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        send(police, """
                source_id,kind,subject_id,occurred_at,summary,KIND
                NSP-%1$s-0,POLICE_INCIDENT,%2$s,2026-11-28T02:10:00Z,Found in a parked car,ARREST
                """.formatted(tag, child), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'KIND' twice")));
        assertThat(jdbc.sql("select count(*) from signal where source_id = :s").param("s", "NSP-" + tag + "-0")
                .query(Long.class).single()).isZero();

        send(police, """
                source_id,kind,subject_id,occurred_at,summary
                NSP-%1$s-1,POLICE_INCIDENT,%2$s,2026-11-28T02:10:00Z,Found in a parked car
                NSP-%1$s-2,UNEXPLAINED_GIFTS,%2$s,2026-11-29,New phone
                NSP-%1$s-3,UNEXPLAINED_GIFTS,%2$s,2026-11-30,"New trainers
                NSP-%1$s-4,POLICE_INCIDENT,%2$s,2026-11-30,Seen at the takeaway
                """.formatted(tag, child), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.row").value(4))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Row 4 cannot be read")));
        assertThat(jdbc.sql("select count(*) from signal where source_id like :s").param("s", "NSP-" + tag + "-%")
                .query(Long.class).single()).isEqualTo(2);
    }
}
