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
    void normalises_and_keys_as_the_engine_does() {
        assertThat(NameAgreement.normalise(" O'Brien ")).isEqualTo("obrien");
        assertThat(NameAgreement.phoneticKey("smith")).isEqualTo(NameAgreement.phoneticKey("smyth"));
        assertThat(NameAgreement.normalise("123")).isNull();
    }
}
