package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Viewer;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Person search still finds the people practitioners mean when names are misspelt, sound alike, or the date of birth
 * was typed wrongly, while reading only a few index ranges (see {@link PersonSearch}).
 */
@IntegrationTest
class PersonSearchTest {

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
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final Viewer mash = new Viewer(null, "test", "test", null, null, null, null, true);

    private UUID imported(String sourceId, String given, String family, String dob, String extra) {
        SingleViewTest.importCsv(imports, agencies.byCode("NBC-CSC").orElseThrow(), sourceId + ".csv", """
                source_id,given_name,family_name,dob,postcode,upn
                %s,%s,%s,%s,%s
                """.formatted(sourceId, given, family, dob, extra));
        return jdbc.sql("select subject_id from person_record where source_id = :s").param("s", sourceId)
                .query(UUID.class).single();
    }

    private List<UUID> found(String name, String dob) {
        return subjects.search(mash, name, dob == null ? null : LocalDate.parse(dob), 50).stream()
                .map(SubjectSummary::id).toList();
    }

    @Test
    void a_misspelt_name_with_day_and_month_swapped_finds_the_child() {
        UUID kayleigh = imported("PS-K" + System.nanoTime(), "Kayleigh", "Smith", "2009-04-03", "NB2 7QT,");
        assertThat(found("Kaleigh Smyth", "2009-03-04")).contains(kayleigh);
        assertThat(found("kayleigh  SMITH", "2009-04-03")).first().isEqualTo(kayleigh);
        // the same sound anywhere within a year either side
        assertThat(found("Kayleigh Smith", "2009-09-20")).contains(kayleigh);
        assertThat(found("Kaleigh Smythe", "2008-11-30")).contains(kayleigh);
        // but not beyond the tolerance, and not a different name on the same day
        assertThat(found("Kayleigh Smith", "2010-06-01")).doesNotContain(kayleigh);
        assertThat(found("Oliver Brown", "2009-04-03")).doesNotContain(kayleigh);
    }

    @Test
    void a_similar_name_that_does_not_sound_alike_is_found_on_a_date_typed_a_few_days_or_a_year_out() {
        String id = "PS-J" + System.nanoTime();
        UUID jasmine = imported(id, "Jasmine", "Oyelaran-Whitby", "2011-02-14", "NB3 1AA,");
        // the family name's sound is keyed on "Oyelaran"; the search says "Whitby" last, so only trigrams match
        assertThat(found("Jasmin Oyelaran Whitby", "2011-02-17")).contains(jasmine);
        assertThat(found("Jasmin Oyelaran Whitby", "2012-02-14")).contains(jasmine);
        assertThat(found("Jasmin Oyelaran Whitby", null)).contains(jasmine);
    }

    @Test
    void a_name_alone_finds_names_that_sound_alike_and_the_api_searches_by_date_postcode_and_identifier() throws Exception {
        String id = "PS-M" + System.nanoTime();
        String upn = "B" + String.valueOf(System.nanoTime()).substring(0, 12);
        UUID child = imported(id, "Siobhan", "Przybylski", "2013-12-02", "nb8 4xy," + upn);
        assertThat(found("Siobahn Przybilsky", null)).contains(child);
        assertThat(found("Przybylski", null)).contains(child);
        // a shortened given name: the family name sounds the same and the whole name is similar
        assertThat(found("Shiv Przybylski", null)).contains(child);
        mvc.perform(get("/api/v1/subjects").param("dob", "2013-02-12").with(SignIn.partnershipToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItem(child.toString())));
        mvc.perform(get("/api/v1/subjects").param("name", "Siobhan Przybylski").param("dob", "2013-02-12")
                        .param("dobToleranceDays", "0").with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[*].id").value(Matchers.not(Matchers.hasItem(child.toString()))));
        mvc.perform(get("/api/v1/subjects").param("postcode", "NB84XY").param("name", "Siobhan Przybylski")
                        .with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[0].id").value(child.toString()));
        mvc.perform(get("/api/v1/subjects").param("identifier", upn.toLowerCase()).with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[0].id").value(child.toString()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/subjects").param("postcode", "NB8 4XY").param("name", "Oliver Brown")
                        .with(SignIn.partnershipToken()))
                .andExpect(jsonPath("$[*].id").value(Matchers.not(Matchers.hasItem(child.toString()))));
    }

    @Test
    void a_name_searched_again_and_again_is_still_found_by_its_similar_spellings() {
        String id = "PS-R" + System.nanoTime();
        UUID child = imported(id, "Radoslawa", "Wierzbicka", "2012-05-06", ",");
        // more than five times: the driver then keeps the statements, and the similar names come from the trigram index
        for (int i = 0; i < 8; i++) {
            assertThat(found("Radoslawa Wierzbicka", null)).first().isEqualTo(child);
            assertThat(found("Radoslava Wierzbickaa", null)).contains(child);
        }
    }

    @Test
    void a_search_inside_a_callers_transaction_leaves_its_settings_as_they_were() {
        String after = transactions.execute(tx -> {
            jdbc.sql("select set_config('max_parallel_workers_per_gather', '1', true)").query().singleRow();
            found("Oliver Brown", "2009-04-03");
            return jdbc.sql("select current_setting('max_parallel_workers_per_gather')").query(String.class).single();
        });
        assertThat(after).isEqualTo("1");
    }

    @Test
    void the_likely_wrong_dates_stay_within_the_tolerance() {
        assertThat(PersonSearch.likelyDates(LocalDate.of(2009, 3, 4), 366))
                .contains(LocalDate.of(2009, 4, 3), LocalDate.of(2008, 3, 4), LocalDate.of(2010, 3, 4),
                        LocalDate.of(2009, 2, 4), LocalDate.of(2009, 3, 11), LocalDate.of(2009, 2, 25));
        assertThat(PersonSearch.likelyDates(LocalDate.of(2009, 3, 4), 0)).containsExactly(LocalDate.of(2009, 3, 4));
        assertThat(PersonSearch.likelyDates(LocalDate.of(2009, 3, 25), 366)).doesNotContain(LocalDate.of(2009, 3, 25).withMonth(1));
        assertThat(PersonSearch.postcodes(" nb8 4xy ")).containsExactly("NB8 4XY", "NB84XY");
    }
}
