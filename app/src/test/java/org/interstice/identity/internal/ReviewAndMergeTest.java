package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The review queue, "not the same person", unsafe merges, and splits that restore the state before a merge. */
@IntegrationTest
class ReviewAndMergeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Agencies agencies;
    @Autowired
    Reviews reviews;
    @Autowired
    Merges merges;
    @Autowired
    Decisions decisions;
    @Autowired
    LinkIndex index;
    @Autowired
    JdbcClient jdbc;

    private final Viewer mash = new Viewer(null, "mash.officer", "Mary Ashworth", null, null, null, Role.MASH_OFFICER, false);

    private UUID importOne(String agency, String sourceId, String given, String family, String dob, String nhs, String phone) {
        String csv = "source_id,given_name,family_name,dob,nhs_number,phone\n"
                + String.join(",", sourceId, given, family, dob, nhs == null ? "" : nhs, phone == null ? "" : phone) + "\n";
        SingleViewTest.importCsv(imports, agencies.byCode(agency).orElseThrow(), sourceId + "-" + System.nanoTime() + ".csv", csv);
        return recordId(agency, sourceId);
    }

    private UUID recordId(String agency, String sourceId) {
        return jdbc.sql("select r.id from person_record r join agency a on a.id = r.agency_id where a.code = :c and r.source_id = :s")
                .param("c", agency).param("s", sourceId).query(UUID.class).single();
    }

    private UUID subjectOfRecord(UUID record) {
        return jdbc.sql("select subject_id from person_record where id = :id").param("id", record)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
    }

    private UUID task(UUID record, UUID candidate) {
        UUID id = UUID.randomUUID();
        decisions.open(List.of(new Decisions.Task(id, record, candidate, 9.5, 0.998, "test-model",
                "{\"prior\":-12.0,\"strongContraryEvidence\":false,\"contributions\":[{\"field\":\"family_name\",\"level\":\"exact\",\"weight\":9.1}]}",
                false)));
        return id;
    }

    private long version(UUID task) {
        return jdbc.sql("select version from review_task where id = :id").param("id", task).query(Long.class).single();
    }

    private static String unique(String p) {
        return p + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void confirming_a_match_links_the_waiting_record_and_the_queue_shows_weights_side_by_side() throws Exception {
        UUID known = importOne("NBH", unique("RV"), "Shannon", unique("Qx"), "2011-02-03", null, null);
        UUID waiting = importOne("SAFE", unique("RV"), "Brandon", unique("Wy"), "1990-12-30", null, null);
        // stand in for a record the engine sent to review: it has no subject yet
        UUID orphan = subjectOfRecord(waiting);
        jdbc.sql("update person_record set subject_id = null, link_state = 'AWAITING_REVIEW' where id = :id").param("id", waiting).update();
        jdbc.sql("delete from link_decision where subject_id = :s").param("s", orphan).update();
        jdbc.sql("delete from subject where id = :s").param("s", orphan).update();
        index.assign(waiting.toString(), null);
        UUID task = task(waiting, known);

        String page = mvc.perform(get("/identity/reviews/" + task).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Are these the same person?").contains("Family name").contains("+9.1");
        mvc.perform(get("/identity/reviews/" + task).with(SignIn.as(Role.PRACTITIONER))).andExpect(status().isForbidden());

        mvc.perform(post("/identity/reviews/" + task).with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("decision", "defer").param("version", String.valueOf(version(task))))
                .andExpect(status().is3xxRedirection());
        assertThat(reviews.queue(1000)).filteredOn(t -> t.id().equals(task)).singleElement()
                .extracting(Reviews.TaskRow::status).isEqualTo("DEFERRED");

        assertThat(reviews.confirm(mash, task, version(task) - 1, null).reason()).contains("Someone changed this task");
        Refusal confirmed = reviews.confirm(mash, task, version(task), null);
        assertThat(confirmed.done()).isTrue();
        assertThat(subjectOfRecord(waiting)).isEqualTo(subjectOfRecord(known));
        assertThat(reviews.confirm(mash, task, version(task), null).reason()).contains("already been decided");
    }

    @Test
    void not_the_same_person_is_kept_and_respected_by_later_imports_and_merges() {
        String family = unique("Qz");
        String sourceA = unique("NS");
        String sourceB = unique("NS");
        UUID a = importOne("NSP", sourceA, "Jordan", family, "2008-08-08", null, "07700900999");
        UUID b = importOne("NBC-CSC", sourceB, "Kirsty", unique("Wv"), "1975-01-20", null, null);
        assertThat(subjectOfRecord(b)).isNotEqualTo(subjectOfRecord(a));
        UUID task = task(b, a);

        Refusal rejected = reviews.reject(mash, task, version(task), "different mothers named in the records");
        assertThat(rejected.done()).isTrue();
        assertThat(jdbc.sql("select count(*) from not_same_person where (record_a = :a and record_b = :b) or (record_a = :b and record_b = :a)")
                .param("a", a).param("b", b).query(Integer.class).single()).isEqualTo(1);

        // B arrives again, changed to look even more like A: it is not linked to A nor queued against A again
        importOne("NBC-CSC", sourceB, "Jordan", family, "2008-08-08", null, "07700900999");
        assertThat(subjectOfRecord(b)).isNotEqualTo(subjectOfRecord(a));
        assertThat(jdbc.sql("select count(*) from review_task where record_id = :b and candidate_record_id = :a and status = 'OPEN'")
                .param("a", a).param("b", b).query(Integer.class).single()).isZero();

        Refusal merge = merges.merge(mash, subjectOfRecord(a), subjectOfRecord(b), null);
        assertThat(merge.done()).isFalse();
        assertThat(merge.concerns()).containsExactly("Recorded as not the same person by mash.officer");
    }

    @Test
    void a_merge_of_two_different_valid_nhs_numbers_is_blocked_unless_overridden_and_a_split_restores_both() throws Exception {
        UUID c = importOne("NBH", unique("MG"), "Tia", unique("Qm"), "2013-03-03", "9434765919", null);
        UUID d = importOne("NBC-EDU", unique("MG"), "Tia", unique("Qn"), "2013-03-03", "4010232137", null);
        UUID e = importOne("NBC-EDU", unique("MG"), "Tia", unique("Qo"), "2013-03-04", null, null);
        UUID survivor = subjectOfRecord(c);
        UUID absorbed = subjectOfRecord(d);
        // d's subject holds two records before the merge
        assertThat(merges.merge(mash, absorbed, subjectOfRecord(e), null).done()).isTrue();

        mvc.perform(post("/subjects/" + survivor + "/merge").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("other", absorbed.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("concerns", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Two different valid NHS numbers"))));
        assertThat(subjectOfRecord(d)).isEqualTo(absorbed);

        mvc.perform(post("/subjects/" + survivor + "/merge").with(SignIn.as(Role.ELECTED_MEMBER)).with(csrf())
                        .param("other", absorbed.toString()).param("overrideReason", "x"))
                .andExpect(status().isForbidden());
        Refusal merged = merges.merge(mash, survivor, absorbed, "The school mistyped the NHS number; confirmed with the GP");
        assertThat(merged.done()).isTrue();
        assertThat(List.of(subjectOfRecord(c), subjectOfRecord(d), subjectOfRecord(e))).containsOnly(survivor);

        UUID mergeId = jdbc.sql("select id from subject_merge where survivor_id = :s and absorbed_id = :a")
                .param("s", survivor).param("a", absorbed).query(UUID.class).single();
        assertThat(merges.split(mash, mergeId, "").reason()).isEqualTo("Give a reason for splitting.");
        assertThat(merges.split(mash, mergeId, "The GP confirmed they are cousins").done()).isTrue();
        assertThat(subjectOfRecord(c)).isEqualTo(survivor);
        assertThat(subjectOfRecord(d)).isEqualTo(absorbed);
        assertThat(subjectOfRecord(e)).isEqualTo(absorbed);
        assertThat(merges.split(mash, mergeId, "again").reason()).isEqualTo("This merge has already been split.");
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'SUBJECT%' and resource_id = :s")
                .param("s", survivor.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }
}
