package org.interstice.intelligence.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.intelligence.EntityType;
import org.junit.jupiter.api.Test;

class MentionScoreTest {

    static final ResolutionSettings SETTINGS = ResolutionSettings.defaults();
    static final MentionScore MODEL = new MentionScore(SETTINGS);
    static final LocalDate ON = LocalDate.of(2026, 10, 1);
    static final MentionScore.SharedObject PHONE = new MentionScore.SharedObject(EntityType.PHONE, "+447700900777", null);
    static final MentionScore.SharedObject CAR = new MentionScore.SharedObject(EntityType.VEHICLE, "YX63KHT", null);
    static final MentionScore.SharedObject TAKEAWAY = new MentionScore.SharedObject(EntityType.PREMISES, "Chicken Shack", "Takeaway");

    static MentionScore.Mention named(String name) {
        return new MentionScore.Mention(PersonName.parse(name), null, null, ON, null);
    }

    static MentionScore.Candidate known(List<String> names, MentionScore.SharedObject... shared) {
        return new MentionScore.Candidate(UUID.randomUUID(), null,
                names.stream().map(n -> new MentionScore.KnownName(n, PersonName.parse(n), null, null, ON.minusDays(30))).toList(),
                List.of(shared));
    }

    static String decision(MentionScore.Score s) {
        return s.total() >= SETTINGS.joinScore() && !s.differentSubjects() ? "join" : s.total() >= SETTINGS.reviewScore() ? "review" : "new";
    }

    @Test
    void a_full_name_tied_to_the_same_phone_and_car_joins_the_man_known_only_by_a_street_name() {
        var s = MODEL.score(named("Tariq Mahmood"), known(List.of("Taz"), PHONE, CAR));
        assertThat(decision(s)).isEqualTo("join");
        assertThat(s.evidence()).extracting(MentionScore.Evidence::display)
                .contains("+12 same phone +447700900777 (strong)", "+6 same vehicle YX63KHT (strong)")
                .anyMatch(l -> l.startsWith("-2 a single name not known as a form of the full name"));
    }

    @Test
    void a_first_name_with_the_same_phone_and_car_joins_the_man_known_by_his_full_name() {
        var s = MODEL.score(named("Tariq"), known(List.of("Taz", "Tariq Mahmood"), PHONE, CAR));
        assertThat(decision(s)).isEqualTo("join");
        assertThat(s.evidence().get(0).display()).startsWith("+3 given name exact, family name not given");
    }

    @Test
    void different_men_who_share_a_first_name_and_nothing_else_stay_apart() {
        assertThat(decision(MODEL.score(named("Tariq"), known(List.of("Tariq Mahmood"))))).isEqualTo("new");
        assertThat(decision(MODEL.score(named("Tariq Hussain"), known(List.of("Tariq Mahmood"))))).isEqualTo("new");
    }

    @Test
    void men_sharing_only_a_car_stay_apart_when_their_names_disagree_and_go_to_review_when_they_may_agree() {
        assertThat(decision(MODEL.score(named("Imran Hussain"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("new");
        assertThat(decision(MODEL.score(named("Taz"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("new");
        assertThat(decision(MODEL.score(named("Tariq"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("review");
    }

    @Test
    void a_shared_takeaway_is_weak_evidence_and_a_phone_alone_joins_unless_the_names_disagree() {
        var s = MODEL.score(named("Tariq"), known(List.of("Tariq Mahmood"), TAKEAWAY));
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.evidence()).extracting(MentionScore.Evidence::display).contains("+1 same takeaway Chicken Shack (weak: a public place)");
        assertThat(decision(MODEL.score(named("Taz"), known(List.of("Tariq Mahmood"), PHONE)))).isEqualTo("join");
        assertThat(decision(MODEL.score(named("Shahid Mahmood"), known(List.of("Tariq Mahmood"), PHONE)))).as("brothers sharing a phone").isEqualTo("review");
        assertThat(decision(MODEL.score(named("Imran Hussain"), known(List.of("Tariq Mahmood"), PHONE)))).isEqualTo("new");
        assertThat(decision(MODEL.score(named("Tariq"), known(List.of("Tariq Mahmood"), PHONE)))).isEqualTo("join");
    }

    @Test
    void nicknames_and_misspellings_agree_through_the_linkage_engine() {
        assertThat(MODEL.score(named("Bill Smyth"), known(List.of("William Smith"))).evidence().get(0).weight()).isEqualTo(7);
        assertThat(decision(MODEL.score(named("Tarik Mahmud"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("join");
    }

    @Test
    void a_nickname_he_also_uses_cannot_mask_a_full_name_that_disagrees() {
        var s = MODEL.score(named("Imran Hussain"), known(List.of("Taz", "Tariq Mahmood"), CAR));
        assertThat(s.evidence().get(0).weight()).isEqualTo(-10);
        assertThat(decision(s)).isEqualTo("new");
    }

    @Test
    void incompatible_ages_count_against_and_two_identity_subjects_are_never_joined_without_review() {
        var young = new MentionScore.Mention(PersonName.parse("Tariq Mahmood"), null, 19, ON, null);
        var old = new MentionScore.Candidate(UUID.randomUUID(), null,
                List.of(new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, 45, ON)), List.of(CAR));
        assertThat(MODEL.score(young, old).evidence()).extracting(MentionScore.Evidence::weight).contains(-5.0);

        var subjectA = new MentionScore.Mention(PersonName.parse("Tariq Mahmood"), null, null, ON, UUID.randomUUID());
        var subjectB = new MentionScore.Candidate(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, null, ON)), List.of(PHONE, CAR));
        var s = MODEL.score(subjectA, subjectB);
        assertThat(s.total()).isGreaterThan(SETTINGS.joinScore());
        assertThat(decision(s)).isEqualTo("review");
    }

    static List<MentionScore.KnownName> whole(String... names) {
        return java.util.Arrays.stream(names).map(n -> new MentionScore.KnownName(n, PersonName.parse(n), null, null, ON.minusDays(60))).toList();
    }

    @Test
    void a_bridge_joins_two_persons_whose_wholes_share_a_full_name_and_a_car_though_the_mention_alone_did_not() {
        var withCar = known(List.of("Tariq Mahmood"), CAR);
        assertThat(decision(MODEL.score(named("Taz"), withCar))).as("the mention: a street name and the car").isEqualTo("new");
        var s = MODEL.persons(whole("Tariq Mahmood", "Taz"), null, withCar);
        assertThat(decision(s)).isEqualTo("join");
        assertThat(s.evidence()).extracting(MentionScore.Evidence::display)
                .containsExactly("+9 full name exact (\"Tariq Mahmood\" and \"Tariq Mahmood\")", "+6 same vehicle YX63KHT (strong)");
    }

    @Test
    void a_bridge_keeps_brothers_sharing_a_car_apart_lets_no_nickname_mask_a_full_name_and_never_joins_two_subjects() {
        assertThat(decision(MODEL.persons(whole("Tariq Mahmood", "Taz"), null, known(List.of("Shahid Mahmood"), CAR)))).isEqualTo("new");
        assertThat(decision(MODEL.persons(whole("Tariq Mahmood", "Taz"), null, known(List.of("Taz", "Imran Hussain"), CAR)))).isEqualTo("new");
        var other = new MentionScore.Candidate(UUID.randomUUID(), UUID.randomUUID(), whole("Tariq Mahmood"), List.of(PHONE, CAR));
        var s = MODEL.persons(whole("Tariq Mahmood"), UUID.randomUUID(), other);
        assertThat(s.total()).isGreaterThan(SETTINGS.joinScore());
        assertThat(decision(s)).isEqualTo("review");
    }

    @Test
    void a_bridge_weighs_the_least_favourable_ages_of_the_two() {
        var young = new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, 19, ON);
        var old = new MentionScore.KnownName("Tariq", PersonName.parse("Tariq"), null, 45, ON);
        var candidate = new MentionScore.Candidate(UUID.randomUUID(), null,
                List.of(new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, 44, ON)),
                List.of(new MentionScore.SharedObject(EntityType.ADDRESS, "1 High Street NB1 1AB", null)));
        var s = MODEL.persons(List.of(young, old), null, candidate);
        // a father and son of one name at one address: the son's age counts against, though the father's agrees
        assertThat(s.evidence()).extracting(MentionScore.Evidence::weight).containsExactly(9.0, -5.0, 3.0);
        assertThat(decision(s)).isEqualTo("review");
    }

    @Test
    void an_initial_agrees_only_with_names_of_its_letter_and_never_weighs_as_a_full_name() {
        // "Tariq M" alone is not enough to join Tariq Mahmood; with his phone it is
        var alone = MODEL.score(named("Tariq M"), known(List.of("Tariq Mahmood")));
        assertThat(decision(alone)).isEqualTo("new");
        assertThat(alone.evidence().get(0).display()).startsWith("+4 given name exact, family initial agrees");
        assertThat(decision(MODEL.score(named("Tariq M"), known(List.of("Tariq Mahmood"), PHONE)))).isEqualTo("join");
        // two initials of different letters do not agree by their sound, nor an initial with another man's surname
        assertThat(MODEL.score(named("Tariq A"), known(List.of("Tariq E"))).evidence().get(0).display())
                .startsWith("-6 same given name, different family initial");
        assertThat(decision(MODEL.score(named("Tariq M"), known(List.of("Tariq Hussain"), CAR)))).isEqualTo("new");
        // "T Mahmood" may be Tariq or his brother Tahir: at most a review, even with the family car
        assertThat(decision(MODEL.score(named("T Mahmood"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("review");
        assertThat(decision(MODEL.score(named("S Mahmood"), known(List.of("Tariq Mahmood"), CAR)))).isEqualTo("new");
    }

    @Test
    void a_keying_slip_in_a_short_name_with_his_phone_joins_but_a_different_name_with_it_goes_to_review() {
        // "Caol" for "Carl": one letter replaced, which Jaro-Winkler alone (0.87) read as a different given name
        var slip = MODEL.score(named("Caol Zhu"), known(List.of("Carl Zhu"), PHONE));
        assertThat(decision(slip)).isEqualTo("join");
        assertThat(slip.evidence().get(0).display()).startsWith("+7 full name agrees: given name one keying slip, family name exact");
        // his brother Colin with the same phone is a different given name: an analyst decides
        assertThat(decision(MODEL.score(named("Colin Zhu"), known(List.of("Carl Zhu"), PHONE)))).isEqualTo("review");
        // without the setting the slip is a different given name, as before
        var without = new MentionScore(new ResolutionSettings(10, 5, 12, 6, 12, 12, 3, 2, 1, List.of("takeaway"), 200, 3000,
                1, 0.5, 4, 2, 200, java.time.Duration.ofMinutes(15), true, 5, true, 3, true, true, 2, false));
        assertThat(decision(without.score(named("Caol Zhu"), known(List.of("Carl Zhu"), PHONE)))).isEqualTo("review");
    }
}
