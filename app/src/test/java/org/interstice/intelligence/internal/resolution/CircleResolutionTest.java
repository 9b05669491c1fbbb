package org.interstice.intelligence.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.MadeUpNames;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0083: a man named by a common first name in the car (or at the home) of the only man tied to it whose name
 * agrees is that man; when two men of that name are tied to it, or the ages say father and son, it is for an analyst.
 */
@IntegrationTest
class CircleResolutionTest {

    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired PersonJoins joins;
    @Autowired HeldNameFrequencies frequencies;
    @Autowired Clock clock;

    /** A report naming a man (with an estimated age when not null) who drives the car and lives at the address given. */
    PersonResolution.Resolved named(int daysAgo, String name, Integer age, String car, String address) {
        EntityRef man = EntityRef.person(name, null, null, age, null);
        List<NewReport.LinkSpec> links = new ArrayList<>();
        if (car != null) links.add(new NewReport.LinkSpec(man, "DRIVES", EntityRef.vehicle(car, null)));
        if (address != null) links.add(new NewReport.LinkSpec(man, "LIVES_AT", EntityRef.address(address, "NB7 3AB")));
        ReportRecording.Outcome o = recording.record(users.viewerFor(DemoUsers.INTELLIGENCE_ANALYST).orElseThrow(), new NewReport(
                LocalDate.now(clock).minusDays(daysAgo), SourceType.PARENT_OR_CARER_ACCOUNT, UUID.randomUUID(), null, "Named the man who collects her",
                null, "3x5x2", "2", "B", "P", null, Set.of(), Set.<Role>of(), List.of(new NewReport.Mention(man, MentionRole.SUSPECT)), links));
        assertThat(o.recorded()).as(o.reason()).isTrue();
        return o.persons().get(0);
    }

    /** A given name as common among the persons held as "Mohammed" is, so a first name alone says little. */
    String commonGiven() {
        return CommonNames.make(frequencies, MadeUpNames.word(3));
    }

    static String registration() {
        return "YC" + String.format("%02d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100)) + " "
                + MadeUpNames.word(2).substring(0, 3).toUpperCase();
    }

    @Test
    void a_common_first_name_in_the_car_of_the_only_man_of_that_name_tied_to_it_is_that_man() {
        String given = commonGiven(), car = registration();
        PersonResolution.Resolved full = named(60, given + " " + MadeUpNames.word(4), null, car, null);
        // a child seen in the car: tied to it, but her name is not his
        PersonResolution.Resolved child = named(50, MadeUpNames.person(), null, car, null);
        assertThat(child.personId()).isNotEqualTo(full.personId());

        PersonResolution.Resolved first = named(30, given, null, car, null);
        assertThat(first.decision()).isEqualTo(PersonResolution.Decision.JOINED);
        assertThat(first.personId()).isEqualTo(full.personId());
        assertThat(first.evidence()).extracting(MentionScore.Evidence::display)
                .anyMatch(l -> l.contains("given name exact, family name not given"))
                .contains("+2 the only man tied to the same vehicle " + car.replace(" ", "") + " whose name agrees");
        assertThat(joins.current(child.personId())).as("the child is not him").isEqualTo(child.personId());
    }

    @Test
    void a_street_name_that_only_sounds_like_his_misspelt_name_does_not_place_him_in_his_car() {
        String name = CommonNames.make(frequencies, "Cuidi " + MadeUpNames.word(4)), car = registration();
        named(60, name, null, car, null);
        // "Kid" and "Cuidi" have one sound: how two different names collide, so it counts, but places no one
        PersonResolution.Resolved kid = named(30, "Kid", null, car, null);
        assertThat(kid.decision()).isEqualTo(PersonResolution.Decision.REVIEW);
        assertThat(kid.evidence()).extracting(MentionScore.Evidence::what).anyMatch(l -> l.startsWith("given name double metaphone"))
                .noneMatch(l -> l.contains("the only man") || l.contains("not counted"));
    }

    @Test
    void two_men_of_one_first_name_tied_to_one_car_leave_a_first_name_with_the_car_to_an_analyst() {
        String given = commonGiven(), car = registration();
        PersonResolution.Resolved one = named(60, given + " " + MadeUpNames.word(4), null, car, null);
        PersonResolution.Resolved other = named(50, given + " " + MadeUpNames.word(4), null, car, null);
        assertThat(other.personId()).as("same given name, different family name").isNotEqualTo(one.personId());

        PersonResolution.Resolved first = named(30, given, null, car, null);
        assertThat(first.decision()).isEqualTo(PersonResolution.Decision.REVIEW);
        assertThat(first.evidence()).extracting(MentionScore.Evidence::what).noneMatch(l -> l.contains("the only man"));
    }

    @Test
    void an_initial_with_the_family_car_is_for_an_analyst_though_he_is_the_only_man_of_that_letter_tied_to_it() {
        String name = CommonNames.make(frequencies, MadeUpNames.person()), car = registration();
        String given = name.split(" ")[0], family = name.split(" ")[1];
        named(60, given + " " + family, null, car, null);
        PersonResolution.Resolved initial = named(30, given.charAt(0) + " " + family, null, car, null);
        assertThat(initial.decision()).as("his brother's initial too (ADR 0081)").isEqualTo(PersonResolution.Decision.REVIEW);
    }

    @Test
    void a_son_named_for_his_father_at_the_fathers_home_is_not_joined_to_him() {
        String given = commonGiven(), address = (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(80)) + " " + MadeUpNames.word(3) + " Road";
        PersonResolution.Resolved father = named(60, given + " " + MadeUpNames.word(4), 46, null, address);
        PersonResolution.Resolved son = named(30, given, 16, null, address);
        assertThat(son.personId()).isNotEqualTo(father.personId());
        assertThat(son.decision()).isNotEqualTo(PersonResolution.Decision.JOINED);
        assertThat(son.evidence()).extracting(MentionScore.Evidence::what).anyMatch(l -> l.startsWith("age incompatible"));
    }
}
