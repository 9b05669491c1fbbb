package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.identity.SyntheticIdentifiers;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Subjects formed by importing agencies' extracts one at a time: the same whatever the order, a record that
 * bridges two subjects merges them (audited, visible, reversible), and reviewers' decisions feed training.
 */
@IntegrationTest
class ReevaluationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Agencies agencies;
    @Autowired
    Merges merges;
    @Autowired
    Reviews reviews;
    @Autowired
    Decisions decisions;
    @Autowired
    Retraining retraining;
    @Autowired
    Models models;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Linking linking;
    @Autowired
    LinkIndex index;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private static final String HEADER = "source_id,given_name,family_name,dob,sex,postcode,address,phone,nhs_number,upn\n";
    private final Random random = new Random(11);
    private final Viewer mash = new Viewer(null, "mash.officer", "Mary Ashworth", null, null, null, Role.MASH_OFFICER, false);

    private String nhs() {
        return SyntheticIdentifiers.nhs(random);
    }

    private String upn() {
        return SyntheticIdentifiers.upn(random);
    }

    private String phone() {
        return "07700" + String.format("%06d", random.nextInt(1_000_000));
    }

    /**
     * One family as three agencies hold it: twins (same birthday and home, different given names), their older
     * sister, and a cousin who moved (police hold his old address, school his new one and his phone). Keyed by what
     * each record is.
     */
    private Map<String, Map<String, String>> family(String tag) {
        String family = "Wisniewsk" + tag;
        String cousin = "Zielinsk" + tag;
        String twinsNhsA = nhs();
        String twinsNhsB = nhs();
        String sisterNhs = nhs();
        String cousinNhs = nhs();
        String cousinPhone = phone();
        String home = "NB7 3QT,14 Larch Grove";
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("NSP", rows(
                "twin-a", "Oliwia," + family + "a,2013-05-02,F," + home + ",,,",
                "cousin", "Tomasz," + cousin + "i,2012-04-09,M,NB9 1DF,2 Quarry Lane,,,"));
        out.put("NBH", rows(
                "twin-a", "Oliwia," + family + "a,2013-05-02,F," + home + ",," + twinsNhsA + ",",
                "twin-b", "Zuzanna," + family + "a,2013-05-02,F," + home + ",," + twinsNhsB + ",",
                "sister", "Natalia," + family + "a,2009-11-23,F," + home + ",," + sisterNhs + ",",
                "cousin", "Tomasz," + cousin + "i,2012-04-09,M,NB9 1DF,2 Quarry Lane," + cousinPhone + "," + cousinNhs + ","));
        out.put("NBC-EDU", rows(
                "twin-a", "Olivia," + family + "a,2013-05-02,F," + home + ",,," + upn(),
                "twin-b", "Zuzanna," + family + "a,2013-05-02,F," + home + ",,," + upn(),
                "sister", "Natalia," + family + "a,2009-11-23,F," + home + ",,," + upn(),
                "cousin", "Tomasz," + cousin + "i,2012-04-09,M,NB2 8LP,51 Station Road," + cousinPhone + ",," + upn()));
        return out;
    }

    private static Map<String, String> rows(String... keyAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyAndValues.length; i += 2) {
            out.put(keyAndValues[i], keyAndValues[i + 1]);
        }
        return out;
    }

    /** Imports the agencies' extracts in the given order; returns each record's subject, keyed "AGENCY/who". */
    private Map<String, UUID> importInOrder(String prefix, Map<String, Map<String, String>> extracts, List<String> order) {
        for (String agency : order) {
            StringBuilder csv = new StringBuilder(HEADER);
            extracts.get(agency).forEach((who, values) -> csv.append(prefix).append('-').append(who).append(',').append(values).append('\n'));
            SingleViewTest.importCsv(imports, agencies.byCode(agency).orElseThrow(), prefix + "-" + agency + ".csv", csv.toString());
        }
        Map<String, UUID> out = new HashMap<>();
        for (String agency : order) {
            extracts.get(agency).keySet().forEach(who -> out.put(agency + "/" + who,
                    jdbc.sql("""
                            select r.subject_id from person_record r join agency a on a.id = r.agency_id
                            where a.code = :a and r.source_id = :s""")
                            .param("a", agency).param("s", prefix + "-" + who)
                            .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null)));
        }
        return out;
    }

    /** The records grouped by subject, as sets of "AGENCY/who" (a record without a subject stands alone). */
    private static Set<Set<String>> partition(Map<String, UUID> subjects) {
        Map<Object, Set<String>> groups = new HashMap<>();
        subjects.forEach((record, subject) -> groups.computeIfAbsent(subject == null ? record : subject, k -> new TreeSet<>()).add(record));
        return Set.copyOf(groups.values());
    }

    private static final Set<Set<String>> TRUTH = Set.of(
            Set.of("NSP/twin-a", "NBH/twin-a", "NBC-EDU/twin-a"),
            Set.of("NBH/twin-b", "NBC-EDU/twin-b"),
            Set.of("NBH/sister", "NBC-EDU/sister"),
            Set.of("NSP/cousin", "NBH/cousin", "NBC-EDU/cousin"));

    @Test
    void extracts_imported_one_agency_at_a_time_give_the_same_subjects_in_any_order() {
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, UUID> policeFirst = importInOrder("OA" + run, family("a" + run.substring(run.length() - 3)),
                List.of("NSP", "NBH", "NBC-EDU"));
        Map<String, UUID> healthLast = importInOrder("OB" + run, family("o" + run.substring(run.length() - 3)),
                List.of("NBC-EDU", "NSP", "NBH"));
        assertThat(partition(policeFirst)).isEqualTo(TRUTH);
        assertThat(partition(healthLast)).isEqualTo(TRUTH);
    }

    @Test
    void a_record_that_bridges_two_subjects_merges_them_audited_visible_and_reversible() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String prefix = "BR" + run;
        String tag = run.substring(run.length() - 4);
        // the new surname carries the run's tag reversed, so the two surnames share no run of letters by chance
        String newTag = new StringBuilder(tag).reverse().toString();
        String nhs = nhs();
        String mobile = phone();
        // a boy whose surname changed and who moved: the police hold his old surname and address, date of birth and NHS
        // number; the school his new surname and address, mobile and pupil number. Only his given name in common, so
        // two subjects.
        Map<String, Map<String, String>> extracts = Map.of(
                "NSP", rows("cousin", "Kacper,Wojcik" + tag + "i,2011-10-17,M,NB9 1DF,2 Quarry Lane,," + nhs + ","),
                "NBC-EDU", rows("cousin", "Kacper,Brzozowsk" + newTag + "y,,M,NB4 6RS,9 Ferndale Close," + mobile + ",," + upn()),
                "NBH", rows("cousin", "Kacper,Brzozowsk" + newTag + "y,2011-10-17,M,NB9 1DF,2 Quarry Lane," + mobile + "," + nhs + ","));
        Map<String, UUID> before = importInOrder(prefix, extracts, List.of("NSP", "NBC-EDU"));
        UUID police = before.get("NSP/cousin");
        UUID school = before.get("NBC-EDU/cousin");
        assertThat(police).isNotNull().isNotEqualTo(school);
        assertThat(school).isNotNull();

        // health has his NHS number, birthday and old address (like the police) and his new name and mobile (like the
        // school)
        UUID after = importInOrder(prefix, extracts, List.of("NBH")).get("NBH/cousin");
        assertThat(subjectOf(prefix, "NSP")).isEqualTo(after);
        assertThat(subjectOf(prefix, "NBC-EDU")).isEqualTo(after);

        record Merge(UUID id, UUID survivor, UUID absorbed, String reason, String mergedBy) {
        }
        Merge merge = jdbc.sql("""
                select id, survivor_id, absorbed_id, reason, merged_by from subject_merge
                where (survivor_id = :a and absorbed_id = :b) or (survivor_id = :b and absorbed_id = :a)""")
                .param("a", police).param("b", school)
                .query((rs, n) -> new Merge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5))).single();
        assertThat(merge.reason()).contains("after import of").contains(prefix + "-cousin").contains("weight");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SUBJECTS_MERGED_BY_REEVALUATION' and resource_id = :s")
                .param("s", merge.survivor().toString()).query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/subjects/" + merge.survivor()).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Merged on").contains("because after import of");

        // a person splits it: both come back, and later imports do not merge them again
        assertThat(merges.split(mash, merge.id(), "the police record is of another boy").done()).isTrue();
        assertThat(subjectOf(prefix, "NSP")).isNotEqualTo(subjectOf(prefix, "NBC-EDU"));
        importInOrder(prefix + "x", Map.of("NBH", Map.of("other", "Ayaan,Farooqui" + run + ",2014-01-01,M,,,,,")), List.of("NBH"));
        assertThat(subjectOf(prefix, "NSP")).isNotEqualTo(subjectOf(prefix, "NBC-EDU"));
    }

    private UUID subjectOf(String prefix, String agency) {
        return jdbc.sql("""
                select r.subject_id from person_record r join agency a on a.id = r.agency_id
                where a.code = :a and r.source_id = :s""")
                .param("a", agency).param("s", prefix + "-cousin").query(UUID.class).single();
    }

    @Test
    void reviewers_decisions_become_labelled_pairs_of_the_next_training_and_the_queue_shows_the_most_uncertain_first() {
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, UUID> subjects = importInOrder("LB" + run, family("u" + run.substring(run.length() - 3)),
                List.of("NBH", "NBC-EDU"));
        UUID a = recordOf("NBH", "LB" + run + "-twin-a");
        UUID b = recordOf("NBH", "LB" + run + "-twin-b");
        UUID c = recordOf("NBC-EDU", "LB" + run + "-twin-b");
        UUID sure = UUID.randomUUID();
        UUID unsure = UUID.randomUUID();
        String explanation = "{\"prior\":-12.0,\"strongContraryEvidence\":false,\"contributions\":[]}";
        decisions.open(List.of(new Decisions.Task(sure, a, c, 4.0, 0.94, "test-model", explanation, false),
                new Decisions.Task(unsure, b, a, 0.1, 0.52, "test-model", explanation, false)));
        List<UUID> queue = new ArrayList<>(reviews.queue(10_000).stream().map(Reviews.TaskRow::id).toList());
        assertThat(queue.indexOf(unsure)).isLessThan(queue.indexOf(sure));

        assertThat(reviews.reject(mash, unsure, 0, "twins: different given names and NHS numbers").done()).isTrue();
        assertThat(reviews.reject(mash, sure, 0, "twins").done()).isTrue();
        assertThat(retraining.retrain(new Viewer(null, "sysadmin", "System Administrator", null, null, null,
                Role.SYSTEM_ADMINISTRATOR, true)).done()).isTrue();
        String json = jdbc.sql("select model_json from linkage_model where active").query(String.class).single();
        int labelled = jdbc.sql("select count(*) from (select record_id, candidate_record_id from review_task where status in ('CONFIRMED', 'REJECTED')) t")
                .query(Integer.class).single();
        assertThat(json).containsPattern("\"labelled_pairs\": \"\\d+ confirmed, \\d+ rejected\"");
        assertThat(labelled).isGreaterThanOrEqualTo(2);
        assertThat(subjects).isNotEmpty();
    }

    /**
     * A link the engine made earlier (record by record, or with an older model) that its clusters no longer support
     * is undone at the next re-evaluation: the records that do not belong move out, the move is audited and shown on
     * both subjects' pages, and a person who disagrees puts them back, where later re-evaluations leave them.
     */
    @Test
    void a_link_the_engine_no_longer_supports_is_moved_apart_shown_and_a_person_can_put_it_back() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String prefix = "MV" + run;
        String tag = run.substring(run.length() - 4);
        String nhsA = nhs();
        String nhsB = nhs();
        importInOrder(prefix, Map.of("NBH", rows(
                "a", "Aleksander,Nowakowsk" + tag + "i,2012-01-09,M,NB3 2PL,7 Alder Way,," + nhsA + ",",
                "b", "Farzana,Chowdhur" + tag + "y,2014-06-26,F,NB8 5TW,40 Kiln Street,," + nhsB + ",")), List.of("NBH"));
        UUID a = recordOf("NBH", prefix + "-a");
        UUID b = recordOf("NBH", prefix + "-b");
        UUID subject = index.subjectOf(a.toString());
        assertThat(index.subjectOf(b.toString())).isNotNull().isNotEqualTo(subject);
        // an earlier model linked the two (the engine's link, not a person's)
        linking.setSubject(b, subject);
        decisions.record(List.of(new Decisions.Decision(b, subject, a, Decisions.Kind.AUTO_LINKED, 9.0, 0.998, "older-model",
                null, "nbh extract import", "test: linked by an older model")));

        // the next import (of anything) re-evaluates every subject: the girl's record leaves the boy's subject
        importInOrder(prefix + "x", Map.of("NBC-EDU", rows("other", "Imogen,Thackeray" + tag + ",2013-02-02,F,,,,,")), List.of("NBC-EDU"));
        UUID apart = index.subjectOf(b.toString());
        assertThat(apart).isNotNull().isNotEqualTo(subject);
        assertThat(index.subjectOf(a.toString())).isEqualTo(subject);
        UUID move = jdbc.sql("select id from record_move where from_subject = :s and to_subject = :t and undone_at is null")
                .param("s", subject).param("t", apart).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SUBJECT_RECORDS_MOVED_BY_REEVALUATION' and resource_id = :s")
                .param("s", subject.toString()).query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/subjects/" + subject).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Records moved by re-evaluation").contains("Moved out of this person")
                .contains("NBH " + prefix + "-b").contains("the engine does not link record NBH " + prefix + "-b")
                .contains("Put these records back");
        String other = mvc.perform(get("/subjects/" + apart).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("Moved into this person from");

        // a reason is needed; then a person puts it back, and the next re-evaluation leaves it
        mvc.perform(post("/identity/moves/" + move + "/undo").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("subject", subject.toString()).param("reason", " "))
                .andExpect(redirectedUrl("/subjects/" + subject));
        assertThat(index.subjectOf(b.toString())).isEqualTo(apart);
        mvc.perform(post("/identity/moves/" + move + "/undo").with(SignIn.as(Role.ELECTED_MEMBER)).with(csrf())
                        .param("subject", subject.toString()).param("reason", "same girl"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/identity/moves/" + move + "/undo").with(SignIn.as(Role.MASH_OFFICER)).with(csrf())
                        .param("subject", subject.toString()).param("reason", "checked with health: one family record"))
                .andExpect(redirectedUrl("/subjects/" + subject));
        assertThat(index.subjectOf(b.toString())).isEqualTo(subject);
        assertThat(jdbc.sql("select subject_id from person_record where id = :id").param("id", b).query(UUID.class).single())
                .isEqualTo(subject);
        assertThat(jdbc.sql("select merged_into from subject where id = :id").param("id", apart).query(UUID.class).single())
                .isEqualTo(subject);
        importInOrder(prefix + "y", Map.of("NBC-EDU", rows("other", "Rosalind,Pemberton" + tag + ",2013-03-03,F,,,,,")), List.of("NBC-EDU"));
        assertThat(index.subjectOf(b.toString())).isEqualTo(subject);
        assertThat(index.subjectOf(a.toString())).isEqualTo(subject);
        assertThat(mvc.perform(get("/subjects/" + subject).with(SignIn.as(Role.MASH_OFFICER)))
                .andReturn().getResponse().getContentAsString()).contains("Put back").contains("checked with health");
    }

    /**
     * A record a practitioner entered in Interstice itself (here, a person added on the form) is what a case stands
     * on: when the engine no longer links it with the imported records of its subject, those leave, however many.
     */
    @Test
    void the_record_a_practitioner_entered_keeps_its_subject_and_imported_records_the_engine_no_longer_links_leave() {
        String run = Long.toString(System.nanoTime(), 36);
        String prefix = "PN" + run;
        String tag = run.substring(run.length() - 4);
        String nhsB = nhs();
        importInOrder(prefix, Map.of("NBH", rows(
                "b", "Roksana,Talukd" + tag + "ar,2015-09-14,F,NB6 4HE,3 Mill Brow,," + nhsB + ",")), List.of("NBH"));
        importInOrder(prefix, Map.of("NBC-EDU", rows(
                "b", "Roksana,Talukd" + tag + "ar,2015-09-14,F,NB6 4HE,3 Mill Brow,,," + upn())), List.of("NBC-EDU"));
        UUID healthRecord = recordOf("NBH", prefix + "-b");
        UUID schoolRecord = recordOf("NBC-EDU", prefix + "-b");
        UUID girls = index.subjectOf(healthRecord.toString());
        assertThat(index.subjectOf(schoolRecord.toString())).isEqualTo(girls);
        UUID entered = transactions.execute(tx -> {
            org.interstice.identity.IncomingPerson boy = new org.interstice.identity.IncomingPerson(
                    agencies.byCode("NBC-CSC").orElseThrow().id(), "interstice", prefix + "-entered",
                    List.of(org.interstice.identity.IncomingPerson.Name.ofFull(org.interstice.identity.IncomingPerson.NameKind.PRIMARY,
                            "Bartosz Kaczmarcz" + tag + "yk")),
                    java.time.LocalDate.of(2011, 7, 30), null, null, null, List.of(), List.of(), List.of(), null, null, null,
                    java.time.LocalDate.of(2026, 11, 1));
            return linking.accept(mash, List.of(boy)).get(0).recordId();
        });
        UUID boys = index.subjectOf(entered.toString());
        assertThat(boys).isNotNull().isNotEqualTo(girls);
        // an earlier model put the girl's two records with the boy a practitioner entered
        for (UUID r : List.of(healthRecord, schoolRecord)) {
            linking.setSubject(r, boys);
        }

        importInOrder(prefix + "x", Map.of("NBH", rows("other", "Ottilie,Fairweather" + tag + ",2012-12-12,F,,,,,")), List.of("NBH"));
        assertThat(index.subjectOf(entered.toString())).isEqualTo(boys);
        UUID now = index.subjectOf(healthRecord.toString());
        assertThat(now).isNotEqualTo(boys);
        assertThat(index.subjectOf(schoolRecord.toString())).isEqualTo(now);
    }

    private UUID recordOf(String agency, String source) {
        return jdbc.sql("select r.id from person_record r join agency a on a.id = r.agency_id where a.code = :a and r.source_id = :s")
                .param("a", agency).param("s", source).query(UUID.class).single();
    }
}
