package org.interstice.intelligence.internal.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 0085: a given name of two words is one given name. */
class PersonNameTest {

    @Test
    void a_two_word_cantonese_given_name_alone_has_no_family_name_and_with_one_keeps_both_words() {
        assertThat(PersonName.parse("Ka Wai")).isEqualTo(new PersonName("ka wai", null));
        assertThat(PersonName.parse("Ka Wai Chan")).isEqualTo(new PersonName("ka wai", "chan"));
        assertThat(PersonName.parse(" siu  fai  LEE ")).isEqualTo(new PersonName("siu fai", "lee"));
        // not a known compound: a given name and a family name, as before
        assertThat(PersonName.parse("Tariq Mahmood")).isEqualTo(new PersonName("tariq", "mahmood"));
        assertThat(PersonName.parse("Tariq Ali Mahmood")).isEqualTo(new PersonName("tariq", "mahmood"));
    }

    @Test
    void abdul_is_joined_to_the_next_word_only_when_a_family_name_follows() {
        assertThat(PersonName.parse("Abdul Rahman Khan")).isEqualTo(new PersonName("abdul rahman", "khan"));
        assertThat(PersonName.parse("Abdul Khan")).isEqualTo(new PersonName("abdul", "khan"));
        assertThat(PersonName.parse("Abu Bakr Siddiqui")).isEqualTo(new PersonName("abu bakr", "siddiqui"));
    }

    @Test
    void his_given_name_alone_is_not_read_as_another_mans_full_name() {
        MentionScore model = MentionScoreTest.MODEL;
        // "Ka Wai" with Ka Wai Chan's phone is Ka Wai Chan's given name, not a different family name "Wai"
        var named = model.score(MentionScoreTest.named("Ka Wai"), MentionScoreTest.known(List.of("Ka Wai Chan"), MentionScoreTest.PHONE));
        assertThat(named.evidence().get(0).display()).startsWith("+3 given name exact, family name not given");
        assertThat(MentionScoreTest.decision(named)).isEqualTo("join");
        // and two men each called "Ka Wai" by a child, with nothing else, are not the same full name
        assertThat(MentionScoreTest.decision(model.score(MentionScoreTest.named("Ka Wai"), MentionScoreTest.known(List.of("Ka Wai"))))).isEqualTo("new");
    }
}
