package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void the_same_registration_written_differently_is_one_vehicle() {
        assertThat(Identifiers.registration("ab12 cde")).contains("AB12CDE");
        assertThat(Identifiers.registration(" AB12-CDE ")).contains("AB12CDE");
        assertThat(Identifiers.registration("")).isEmpty();
    }

    @Test
    void uk_phone_numbers_in_any_common_form_become_one_e164_number() {
        for (String raw : new String[]{"07700 900123", "+44 7700 900123", "0044 7700-900123", "447700900123",
                "+44 (0)7700 900123", "7700900123"}) {
            assertThat(Identifiers.phone(raw)).as(raw).contains("+447700900123");
        }
        assertThat(Identifiers.phone("+33 6 12 34 56 78")).contains("+33612345678");
        assertThat(Identifiers.phone("call me")).isEmpty();
    }

    @Test
    void a_licence_is_its_authority_and_number() {
        assertThat(Identifiers.licence(" Northbridge  Council", "ph-0042")).contains("NORTHBRIDGE COUNCIL|PH0042");
        assertThat(Identifiers.licence("", "ph-0042")).isEmpty();
    }

    @Test
    void accounts_ignore_case_and_the_at_sign() {
        assertThat(Identifiers.account("Snapchat", "@Big_Mo")).contains("snapchat|big_mo");
    }

    @Test
    void premises_are_matched_by_postcode_and_name() {
        assertThat(Identifiers.place("Kebab  Express!", "nb12ab")).contains("NB1 2AB|KEBAB EXPRESS");
        assertThat(Identifiers.postcode("nb1 2ab")).contains("NB1 2AB");
    }
}
