package org.interstice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void a_number_with_the_right_check_digit_is_valid_with_or_without_spaces() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
    }

    @Test
    void a_wrong_check_digit_a_short_number_or_a_repeated_digit_is_invalid() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("0000000000")).isFalse();
        assertThat(NhsNumber.isValid("94347659AB")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void codes_from_the_census_are_understood() {
        assertThat(Ethnicity.fromCode("refu")).contains(Ethnicity.REFU);
        assertThat(Ethnicity.fromCode("NOBT")).contains(Ethnicity.NOBT);
        assertThat(Ethnicity.fromCode("XXXX")).isEmpty();
        assertThat(Sex.parse("2")).contains(Sex.F);
        assertThat(Sex.parse("9")).contains(Sex.I);
    }
}
