package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameAgreementTest {

    @Test
    void levels_follow_the_models_name_comparison() {
        assertThat(NameAgreement.of("tariq", "tariq", true)).isEqualTo(NameAgreement.Level.EXACT);
        assertThat(NameAgreement.of("tariq", "tarik", true).agrees()).isTrue();
        assertThat(NameAgreement.of("william", "bill", true)).isEqualTo(NameAgreement.Level.NICKNAME);
        assertThat(NameAgreement.of("william", "bill", false)).isNotEqualTo(NameAgreement.Level.NICKNAME);
        assertThat(NameAgreement.of("mahmood", "mahmud", true).agrees()).isTrue();
        assertThat(NameAgreement.of("tariq", "imran", true)).isEqualTo(NameAgreement.Level.ELSE);
    }

    @Test
    void a_keying_slip_in_a_short_name_agrees_only_when_asked_for() {
        // Jaro-Winkler gives "carl" and "caol" 0.87: below both of the model's cut-offs
        assertThat(NameAgreement.of("carl", "caol", true).agrees()).isFalse();
        assertThat(NameAgreement.of("carl", "caol", true, true)).isEqualTo(NameAgreement.Level.SLIP);
        assertThat(NameAgreement.of("ursu", "urou", false, true)).isEqualTo(NameAgreement.Level.SLIP); // replaced
        assertThat(NameAgreement.of("ali", "ari", true, true).agrees()).isFalse(); // three letters
        assertThat(NameAgreement.of("sean", "dean", true, true).agrees()).isFalse(); // the first letter
        assertThat(NameAgreement.of("adam", "alan", true, true).agrees()).isFalse(); // two slips
        assertThat(NameAgreement.of("philip", "philpi", true, true).agrees()).isTrue(); // swapped neighbours
        assertThat(NameAgreement.of("ross", "russ", true, true)).isEqualTo(NameAgreement.Level.SLIP); // two names, one slip apart: the score weighs it as a near name
        assertThat(NameAgreement.of("abel", "abeel", true, true).agrees()).isTrue(); // doubled
        // a closer level still wins
        assertThat(NameAgreement.of("tariq", "tariq", true, true)).isEqualTo(NameAgreement.Level.EXACT);
        assertThat(NameAgreement.of("william", "bill", true, true)).isEqualTo(NameAgreement.Level.NICKNAME);
    }

    @Test
    void normalises_and_keys_as_the_engine_does() {
        assertThat(NameAgreement.normalise(" O'Brien ")).isEqualTo("obrien");
        assertThat(NameAgreement.phoneticKey("smith")).isEqualTo(NameAgreement.phoneticKey("smyth"));
        assertThat(NameAgreement.normalise("123")).isNull();
    }
}
