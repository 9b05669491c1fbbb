package org.interstice.intelligence.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.resolution.NameFrequencies.Part;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the name-frequency weights (ADR 0066) in a population of 1,000 persons: 250 are Mohammed, 150 are
 * Khan, 100 are known as Mo; one is Tariq, one Mahmood, one is known as Tazzy.
 */
class NameFrequencyWeightsTest {

    static final ResolutionSettings SETTINGS = ResolutionSettings.defaults();
    static final MentionScore.SharedObject CAR = new MentionScore.SharedObject(EntityType.VEHICLE, "YX63KHT", null);

    static NameFrequencies population() {
        NameFrequencies f = new NameFrequencies();
        Map<String, Long> given = new HashMap<>(Map.of("mohammed", 250L, "mo", 100L, "tariq", 1L, "tazzy", 1L));
        Map<String, Long> family = new HashMap<>(Map.of("khan", 150L, "mahmood", 1L));
        // the rest: 648 given names and 849 family names held by one person each
        for (int i = 0; i < 648; i++) given.put("given" + i, 1L);
        for (int i = 0; i < 849; i++) family.put("family" + i, 1L);
        f.replace(Part.GIVEN, given);
        f.replace(Part.FAMILY, family);
        f.replace(Part.GIVEN_SOUND, sounds(given));
        f.replace(Part.FAMILY_SOUND, sounds(family));
        return f;
    }

    /** The sounds of the names; each filler name ("given12") a sound of its own, as distinct real names mostly are. */
    static Map<String, Long> sounds(Map<String, Long> names) {
        Map<String, Long> out = new HashMap<>();
        names.forEach((n, c) -> out.merge(n.matches("(given|family)\\d+") ? n : org.interstice.linkage.NameAgreement.phoneticKey(n), c, Long::sum));
        return out;
    }

    static final MentionScore MODEL = new MentionScore(SETTINGS, population());

    static MentionScore.Score score(String mention, String known, MentionScore.SharedObject... shared) {
        return MODEL.score(MentionScoreTest.named(mention), new MentionScore.Candidate(UUID.randomUUID(), null,
                List.of(new MentionScore.KnownName(known, PersonName.parse(known), null, null, MentionScoreTest.ON.minusDays(30))),
                List.of(shared)));
    }

    static String decision(MentionScore.Score s) {
        return s.total() >= SETTINGS.joinScore() && !s.differentSubjects() ? "join" : s.total() >= SETTINGS.reviewScore() ? "review" : "new";
    }

    @Test
    void a_rare_full_name_joins_on_its_own_where_a_common_one_goes_to_review() {
        assertThat(decision(score("Tariq Mahmood", "Tariq Mahmood"))).isEqualTo("join");
        assertThat(decision(score("Mohammed Khan", "Mohammed Khan"))).isEqualTo("review");
    }

    @Test
    void the_analyst_sees_the_frequency_adjusted_weight_and_the_counts_behind_it() {
        var rare = score("Tariq Mahmood", "Tariq Mahmood").evidence().get(0);
        assertThat(rare.weight()).isGreaterThan(9);
        assertThat(rare.display()).startsWith("+" + MentionScore.Evidence.bits(rare.weight()).substring(1) + " full name exact (\"Tariq Mahmood\"): +9, name frequency +")
                .contains("(tariq: 1 of 1000 persons)", "(mahmood: 1 of 1000 persons)");
        var common = score("Mohammed Khan", "Mohammed Khan").evidence().get(0);
        assertThat(common.weight()).isLessThan(9);
        assertThat(common.display()).contains("(mohammed: 250 of 1000 persons)", "(khan: 150 of 1000 persons)");
    }

    @Test
    void a_rare_nickname_with_a_car_joins_where_mo_with_a_car_goes_to_review_or_stays_apart() {
        assertThat(decision(score("Tazzy", "Tazzy", CAR))).isEqualTo("join");
        assertThat(decision(score("Mo", "Mo", CAR))).isNotEqualTo("join");
    }

    @Test
    void mohammed_in_the_car_of_the_only_man_of_that_name_tied_to_it_is_not_marked_down_for_a_common_name() {
        var candidate = new MentionScore.Candidate(UUID.randomUUID(), null,
                List.of(new MentionScore.KnownName("Mohammed Khan", PersonName.parse("Mohammed Khan"), null, null, MentionScoreTest.ON)), List.of(CAR));
        assertThat(decision(MODEL.score(MentionScoreTest.named("Mohammed"), candidate))).as("among all the Mohammeds").isEqualTo("review");
        // ADR 0083: of the men tied to the car, he is the only one whose name agrees
        var s = MODEL.score(MentionScoreTest.named("Mohammed"), candidate, CAR);
        assertThat(decision(s)).isEqualTo("join");
        assertThat(s.evidence().get(0).display()).startsWith("+3 given name exact, family name not given (\"Mohammed Khan\"): +3, name frequency -")
                .endsWith("(mohammed: 250 of 1000 persons); a common name not counted against the only man tied to the same vehicle YX63KHT whose name agrees");
        assertThat(s.evidence()).extracting(MentionScore.Evidence::display)
                .contains("+2 the only man tied to the same vehicle YX63KHT whose name agrees", "+6 same vehicle YX63KHT (strong)");
        // a name that disagrees gains nothing from the car's circle
        assertThat(decision(MODEL.score(MentionScoreTest.named("Imran"), candidate, CAR))).isEqualTo("new");
        assertThat(MODEL.nameAgrees(MentionScoreTest.named("Mo"), candidate.names())).as("a known nickname agrees").isTrue();
        assertThat(MODEL.nameAgrees(MentionScoreTest.named("Imran"), candidate.names())).isFalse();
    }

    @Test
    void a_misspelt_name_counts_how_many_hold_a_name_of_its_sound_at_the_fuzzy_weight() {
        var e = score("Tariq Mahmod", "Tariq Mahmood").evidence().get(0);
        assertThat(e.display()).contains("full name agrees", "(names sounding like mahmood: 1 of 1000 persons)");
        assertThat(e.weight()).isGreaterThan(7);
        // ADR 0079: two misspellings of Mohammed are each rare, the man they may be is not
        var common = score("Mohamad Khan", "Mohamed Khan").evidence().get(0);
        assertThat(common.display()).contains("full name agrees", "names sounding like");
        assertThat(common.weight()).isLessThan(7);
        assertThat(common.weight()).as("never more than the name spelt alike").isLessThan(score("Mohammed Khan", "Mohammed Khan").evidence().get(0).weight());
    }

    @Test
    void disagreement_is_not_adjusted_and_a_different_identity_subject_still_goes_to_review_however_rare_the_name() {
        assertThat(score("Tariq Hussain", "Tariq Mahmood").evidence().get(0).weight()).isEqualTo(-6);
        var m = new MentionScore.Mention(PersonName.parse("Tariq Mahmood"), null, null, MentionScoreTest.ON, UUID.randomUUID());
        var s = MODEL.score(m, new MentionScore.Candidate(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, null, MentionScoreTest.ON)),
                List.of(CAR)));
        assertThat(s.total()).isGreaterThanOrEqualTo(SETTINGS.joinScore());
        assertThat(s.differentSubjects()).isTrue();
    }

    @Test
    void too_few_names_held_to_say_what_is_rare_leaves_the_weights_as_they_were() {
        NameFrequencies few = new NameFrequencies();
        few.add(Part.GIVEN, "tariq");
        few.add(Part.FAMILY, "mahmood");
        var s = new MentionScore(SETTINGS, few).score(MentionScoreTest.named("Tariq Mahmood"), new MentionScore.Candidate(UUID.randomUUID(), null,
                List.of(new MentionScore.KnownName("Tariq Mahmood", PersonName.parse("Tariq Mahmood"), null, null, MentionScoreTest.ON)), List.of()));
        assertThat(s.evidence().get(0).display()).isEqualTo("+9 full name exact (\"Tariq Mahmood\")");
    }

    @Test
    void counts_grow_one_person_at_a_time_and_the_bonus_is_bounded() {
        NameFrequencies f = population();
        f.add(Part.GIVEN, "tariq");
        assertThat(f.persons(Part.GIVEN, "tariq")).isEqualTo(2);
        assertThat(f.total(Part.GIVEN)).isEqualTo(1001);
        var adj = f.adjustment(Part.GIVEN, "zzz", "zzz", 1, SETTINGS).orElseThrow();
        assertThat(adj.bits()).isLessThanOrEqualTo(SETTINGS.frequencyMaxBonus());
        assertThat(f.adjustment(Part.GIVEN, "mohammed", "mohammed", 1, SETTINGS).orElseThrow().bits())
                .isGreaterThanOrEqualTo(-SETTINGS.frequencyMaxPenalty());
    }
}
