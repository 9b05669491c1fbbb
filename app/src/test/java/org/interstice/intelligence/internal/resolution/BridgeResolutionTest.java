package org.interstice.intelligence.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADR 0078: when a report joins a mention to one person, the persons it now ties to him are compared with him as a
 * whole (a bridge), so the order in which reports arrive matters less; brothers sharing a car stay apart.
 */
@IntegrationTest
class BridgeResolutionTest {

    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired PersonJoins joins;
    @Autowired HeldNameFrequencies frequencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    static final Random RANDOM = new Random();

    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        String consonants = "bdfgklmnprstvz"; // sounded, so the names differ from those other tests give
        for (int i = 0; i < n; i++) b.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
        return b.toString();
    }

    static String phone() { return "07700 8" + String.format("%05d", RANDOM.nextInt(100000)); }

    static String registration() { return "YB" + String.format("%02d", RANDOM.nextInt(100)) + " " + letters(3).toUpperCase(); }

    Viewer analyst() { return users.viewerFor(DemoUsers.INTELLIGENCE_ANALYST).orElseThrow(); }

    /** A child's account naming a man, tied to a phone and/or a car; answers how he was resolved. */
    PersonResolution.Resolved report(int daysAgo, String name, String phone, String car) {
        return report(daysAgo, name, null, phone, car);
    }

    /** The same, with the man's age as the child estimated it (null for none). */
    PersonResolution.Resolved report(int daysAgo, String name, Integer age, String phone, String car) {
        EntityRef man = EntityRef.person(name, null, null, age, null);
        List<NewReport.LinkSpec> links = new ArrayList<>();
        if (phone != null) links.add(new NewReport.LinkSpec(man, "USES_PHONE", EntityRef.phone(phone)));
        if (car != null) links.add(new NewReport.LinkSpec(man, "DRIVES", EntityRef.vehicle(car, null)));
        ReportRecording.Outcome o = recording.record(analyst(), new NewReport(LocalDate.now(clock).minusDays(daysAgo), SourceType.CHILD_ACCOUNT,
                UUID.randomUUID(), null, "Named a man who drives her about", null, "3x5x2", "2", "B", "P", null, Set.of(), Set.<Role>of(),
                List.of(new NewReport.Mention(man, MentionRole.SUSPECT)), links));
        assertThat(o.recorded()).as(o.reason()).isTrue();
        return o.persons().get(0);
    }

    /**
     * The name is made common among the persons held (as "Mohammed Khan" is), so that it alone never joins two
     * persons: only what else ties them can.
     */
    String commonName(String given, String family) {
        return CommonNames.make(frequencies, given + " " + family);
    }

    @Test
    void a_later_report_tying_his_phone_and_car_together_bridges_the_two_persons_his_full_name_was_split_into() {
        String name = commonName("Tariq" + letters(2), "Mahmood" + letters(2)), phone = phone(), car = registration();
        PersonResolution.Resolved withPhone = report(75, name, phone, null);
        PersonResolution.Resolved withCar = report(50, name, null, car);
        assertThat(withCar.decision()).as("a common full name alone is for an analyst").isEqualTo(PersonResolution.Decision.REVIEW);
        assertThat(withCar.personId()).isNotEqualTo(withPhone.personId());

        // "Bigz" is no form of his name, but the phone places the mention with the first; the car then ties the second
        PersonResolution.Resolved bigz = report(35, "Bigz", phone, car);
        assertThat(bigz.decision()).isEqualTo(PersonResolution.Decision.JOINED);
        assertThat(joins.current(withPhone.personId())).isEqualTo(bigz.personId());
        assertThat(joins.current(withCar.personId())).as("bridged: the whole man shares the full name and the car").isEqualTo(bigz.personId());

        UUID join = jdbc.sql("select id from person_join where absorbed_id in (?, ?) and reason like '%a bridge%'")
                .params(withPhone.personId(), withCar.personId()).query(UUID.class).single();
        assertThat(jdbc.sql("select reason from person_join where id = ?").param(join).query(String.class).single())
                .contains("same vehicle " + car.replace(" ", ""), "full name exact (\"" + name + "\" and \"" + name + "\")");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'JOIN_PERSONS' and resource_id = ?").param(join.toString())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from person_review where person_id = ? and candidate_id = ?")
                .params(withCar.personId(), withPhone.personId()).query(String.class).single())
                .as("the review the join answered").isEqualTo("SUPERSEDED");

        // reversible as any join: the split gives the absorbed person back his own mention
        UUID absorbed = jdbc.sql("select absorbed_id from person_join where id = ?").param(join).query(UUID.class).single();
        assertThat(joins.split(analyst(), join, "Checked with the officer: a different man").done()).isTrue();
        assertThat(joins.current(absorbed)).isEqualTo(absorbed);
    }

    @Test
    void brothers_sharing_a_car_are_not_bridged_by_a_report_that_ties_one_of_them_to_it() {
        String family = "Qureshi" + letters(3), phone = phone(), car = registration();
        PersonResolution.Resolved imran = report(60, "Imran" + letters(2) + " " + family, phone, null);
        PersonResolution.Resolved shahid = report(40, "Shahid" + letters(2) + " " + family, null, car);
        assertThat(shahid.personId()).isNotEqualTo(imran.personId());

        PersonResolution.Resolved bigz = report(20, "Bigz", phone, car);
        assertThat(joins.current(bigz.personId())).isEqualTo(joins.current(imran.personId()));
        assertThat(joins.current(shahid.personId())).as("same family and car, different given name").isEqualTo(shahid.personId())
                .isNotEqualTo(joins.current(imran.personId()));
    }

    @Test
    void a_brother_named_with_the_family_car_and_his_brothers_phone_joins_himself_and_leaves_his_brother_apart() {
        String family = "Mahm" + letters(3), phone = phone(), car = registration();
        PersonResolution.Resolved tariq = report(60, "Zorab" + letters(2) + " " + family, phone, car);
        String tahir = "Kiveb" + letters(2) + " " + family;
        PersonResolution.Resolved first = report(40, tahir, null, car);
        assertThat(first.personId()).as("same family and car, different given name").isNotEqualTo(tariq.personId());

        // the brother is named again, using his brother's phone: the name and the car are his, the phone his brother's
        PersonResolution.Resolved again = report(20, tahir, phone, car);
        assertThat(again.decision()).isEqualTo(PersonResolution.Decision.JOINED);
        assertThat(joins.current(again.personId())).isEqualTo(joins.current(first.personId()));
        // the family car is explained by either brother, and a different given name with a phone alone is for review
        assertThat(joins.current(tariq.personId())).as("his brother is not joined to him").isEqualTo(tariq.personId())
                .isNotEqualTo(joins.current(first.personId()));
    }

    @Test
    void a_father_and_son_of_one_name_are_not_joined_by_a_report_naming_the_name_with_the_sons_phone_and_the_fathers_car() {
        String name = "Vorab" + letters(2) + " Tuln" + letters(3), phone = phone(), car = registration();
        PersonResolution.Resolved son = report(60, name, 19, phone, null);
        PersonResolution.Resolved father = report(40, name, 52, null, car);
        assertThat(joins.current(father.personId())).as("33 years apart").isNotEqualTo(joins.current(son.personId()));

        // the name, the son's phone and the father's car: it joins one of them, never both
        PersonResolution.Resolved both = report(20, name, phone, car);
        assertThat(both.decision()).isEqualTo(PersonResolution.Decision.JOINED);
        assertThat(joins.current(son.personId())).isNotEqualTo(joins.current(father.personId()));
    }

    @Test
    void a_child_seen_in_his_car_is_not_bridged_to_him_however_strong_the_car() {
        String man = "Dean" + letters(2) + " Kirb" + letters(3), phone = phone(), car = registration();
        PersonResolution.Resolved dean = report(60, man, phone, car);
        // a child's account: she was picked up in his car (the car tied to her, as the report says)
        EntityRef girl = EntityRef.person("Kayleigh" + letters(2) + " Brent" + letters(3), null, null, null, null);
        ReportRecording.Outcome seen = recording.record(analyst(), new NewReport(LocalDate.now(clock).minusDays(40),
                SourceType.CHILD_ACCOUNT, UUID.randomUUID(), null, "She was picked up in the car", null, "3x5x2", "2", "B", "P", null,
                Set.of(), Set.<Role>of(), List.of(new NewReport.Mention(girl, MentionRole.CHILD_AT_RISK)),
                List.of(new NewReport.LinkSpec(girl, "TRAVELLED_IN", EntityRef.vehicle(car, null)))));
        assertThat(seen.recorded()).as(seen.reason()).isTrue();
        UUID her = seen.persons().get(0).personId();

        // a later report names him by a nickname with his phone and the car: he is joined, she is not
        PersonResolution.Resolved deano = report(20, "Deano", phone, car);
        assertThat(joins.current(deano.personId())).isEqualTo(joins.current(dean.personId()));
        assertThat(joins.current(her)).as("the car is hers to be seen in, not her name").isEqualTo(her)
                .isNotEqualTo(joins.current(dean.personId()));
    }
}
