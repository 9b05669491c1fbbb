package org.interstice.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.identity.internal.Merges;
import org.interstice.ingest.Imports;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.child.ChildDirectory;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Protection reads children from the single view: names, agencies that know the child, and merges. */
@IntegrationTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SingleViewProtectionTest {

    private static final List<Tick> SIGNIFICANT = List.of(new Tick("V-FAMILY", true, false),
            new Tick("S-VEHICLES", true, false), new Tick("S-HOTELS", true, false), new Tick("S-EXCHANGE", true, false));

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired Agencies agencies;
    @Autowired Users users;
    @Autowired Merges merges;
    @Autowired Contacts contacts;
    @Autowired Screenings screenings;
    @Autowired Alarms alarms;
    @Autowired ChildDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /**
     * A unique family name unlike any {@link #unique} gives (the digits reversed), for a second agency's record that
     * must not link by itself: two near-identical made-up names with the same birthday are rightly linked by identity,
     * and the same given name and birthday under another family name rightly wait for review.
     */
    private static String unlike(String prefix) {
        return prefix + new StringBuilder(Long.toString(System.nanoTime(), 36)).reverse();
    }

    /** Imports one agency's record of a child through identity and returns the child's subject id. */
    private UUID imported(String agencyCode, String given, String family, String dob) {
        Agency agency = agencies.byCode(agencyCode).orElseThrow();
        String sourceId = unique("PV");
        String csv = "source_id,given_name,family_name,dob\n" + String.join(",", sourceId, given, family, dob) + "\n";
        Imports.Status s = imports.run(new Viewer(null, "test:protection", "Protection test", agency.id(), agency.code(),
                        null, null, false),
                new Imports.Submission(agency.code(), sourceId + ".csv", csv.getBytes(StandardCharsets.UTF_8), null, false), x -> { });
        assertThat(s.status()).as(s.failure()).isEqualTo("DONE");
        return jdbc.sql("select r.subject_id from person_record r where r.agency_id = :a and r.source_id = :s")
                .param("a", agency.id()).param("s", sourceId).query(UUID.class).single();
    }

    /** A police contact about the identity subject, decided for assessment, then a significant screening. */
    private void protectionRecordsFor(UUID subjectId, String name) {
        Viewer practitioner = viewer("practitioner");
        var contact = contacts.receive(new NewContact(subjectId, name, null, "6", "Concern", null), viewer("police.investigator"));
        assertThat(contact.subjectId()).isEqualTo(subjectId);
        contacts.decide(contact.id(), new org.interstice.protection.triage.Decision(
                org.interstice.protection.triage.Outcome.ASSESSMENT, "Exploitation risk", "N1", null),
                practitioner.teamId(), 0, viewer("mash.officer"));
        screenings.record(subjectId, SIGNIFICANT, false, LocalDate.now(clock), null, practitioner);
    }

    private Alarm openAlarm(UUID subjectId) {
        return alarms.forChild(subjectId).stream().filter(Alarm::open).findFirst().orElse(null);
    }

    private Set<UUID> agencyIds(String... codes) {
        Set<UUID> ids = new HashSet<>();
        for (String code : codes) {
            ids.add(agencies.byCode(code).orElseThrow().id());
        }
        ids.add(viewer("practitioner").agencyId());
        ids.add(viewer("police.investigator").agencyId());
        return ids;
    }

    private void merge(UUID survivor, UUID absorbed) {
        var merged = merges.merge(viewer("mash.officer"), survivor, absorbed, null);
        assertThat(merged.done()).as(String.valueOf(merged)).isTrue();
    }

    @Test
    void a_child_known_to_two_agencies_in_identity_counts_both_on_the_alarm_and_is_named_by_the_single_view() throws Exception {
        String family = unique("Qa");
        UUID health = imported("NBH", "Tamsin", family, "2012-05-06");
        // the school knows her under her stepfather's name and with day and month swapped: identity cannot link the records
        // by itself (it rightly waits for a person to decide), so a MASH officer merges them
        UUID school = imported("NBC-EDU", "Tamsin", unlike("Wy"), "2012-06-05");
        if (!health.equals(school)) {
            merge(health, school);
        }
        assertThat(directory.find(health)).hasValueSatisfying(c -> assertThat(c.matched()).isTrue());

        protectionRecordsFor(health, "Tammy as the caller said");

        Alarm alarm = openAlarm(health);
        assertThat(alarm).isNotNull();
        assertThat(alarm.agenciesAware()).isGreaterThanOrEqualTo(2).isEqualTo(agencyIds("NBH", "NBC-EDU").size());
        String page = mvc.perform(get("/protection/children/" + health).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Tamsin")
                .contains("href=\"/subjects/" + health + "\"");

        // search-before-create: the contact form finds the child in the single view and makes the contact about it
        String form = mvc.perform(get("/protection/contacts/new").param("search", "Tamsin " + family)
                        .with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("/protection/contacts/new?subjectId=" + health);
        String chosen = mvc.perform(get("/protection/contacts/new").param("subjectId", health.toString())
                        .with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains("name=\"subjectId\" value=\"" + health + "\"").contains("Tamsin");
    }

    @Test
    void a_child_first_named_in_a_contact_enters_the_single_view_as_the_referring_agencys_record() throws Exception {
        String family = unique("Qn");
        var contact = contacts.receive(new NewContact(null, "Niamh " + family, LocalDate.of(2012, 3, 4), "6", "Concern", null),
                viewer("police.investigator"));
        UUID subject = contact.subjectId();
        assertThat(jdbc.sql("""
                select count(*) from person_record r join agency a on a.id = r.agency_id
                where r.subject_id = :s and r.source_system = 'interstice-contact' and a.id = :police
                  and r.family_name = :family and r.dob = date '2012-03-04'""")
                .param("s", subject).param("police", viewer("police.investigator").agencyId()).param("family", family)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(directory.find(subject)).hasValueSatisfying(c -> assertThat(c.matched()).isTrue());
        String page = mvc.perform(get("/protection/children/" + subject).with(SignIn.as(Role.MASH_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsIgnoringCase("Niamh " + family).contains("href=\"/subjects/" + subject + "\"");

        // a later agency record of the same child joins the same subject, so the contact is not left on its own
        UUID school = imported("NBC-EDU", "Niamh", family, "2012-03-04");
        if (!school.equals(subject)) {
            merge(subject, school);
        }
        assertThat(contacts.forChild(subject)).extracting(Contacts.Contact::id).contains(contact.id());
    }

    @Test
    void a_child_whose_single_view_record_waits_for_review_follows_the_subject_the_review_decides(
            @Autowired org.interstice.protection.child.ChildIdentities identities) {
        var contact = contacts.receive(new NewContact(null, "Provisional " + unique("Pv"), null, "6", "Concern", null),
                viewer("police.investigator"));
        UUID provisional = contact.subjectId();
        UUID record = UUID.randomUUID();
        jdbc.sql("insert into protection_identity_pending (record_id, provisional_id) values (:r, :p)")
                .param("r", record).param("p", provisional).update();
        UUID decided = imported("NBH", "Decided", unique("Qd"), "2011-01-02");

        assertThat(identities.resolved(record, decided, java.time.OffsetDateTime.now(clock))).contains(provisional);
        assertThat(contacts.forChild(decided)).extracting(Contacts.Contact::id).contains(contact.id());
        assertThat(jdbc.sql("select count(*) from protection_child where subject_id = :p").param("p", provisional)
                .query(Long.class).single()).isZero();
        assertThat(identities.resolved(record, decided, java.time.OffsetDateTime.now(clock))).isEmpty();
    }

    @Test
    void merging_two_subjects_in_identity_moves_the_screening_and_alarm_to_the_survivor() {
        String family = unique("Qc");
        UUID survivor = imported("NBH", "Kai", family, "2011-09-10");
        UUID absorbed = imported("NBC-EDU", "Kai", unlike("Wy"), "2011-10-09");
        assertThat(absorbed).isNotEqualTo(survivor);
        protectionRecordsFor(absorbed, "Kai as stated");
        assertThat(openAlarm(absorbed)).isNotNull();
        assertThat(screenings.latest(absorbed)).isPresent();

        merge(survivor, absorbed);

        await().atMost(Duration.ofSeconds(20)).until(() -> openAlarm(survivor) != null);
        assertThat(screenings.latest(survivor)).isPresent();
        assertThat(openAlarm(absorbed)).isNull();
        assertThat(jdbc.sql("select count(*) from protection_child where subject_id = :id").param("id", absorbed)
                .query(Long.class).single()).isZero();
        assertThat(openAlarm(survivor).agenciesAware()).isEqualTo(agencyIds("NBH", "NBC-EDU").size());
        assertThat(directory.find(survivor)).hasValueSatisfying(c -> assertThat(c.name()).contains("Kai"));
    }
}
