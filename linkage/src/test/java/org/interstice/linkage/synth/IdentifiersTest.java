package org.interstice.linkage.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void knownNhsNumbersValidateAndSlipsDoNot() {
        assertThat(Identifiers.isValidNhsNumber("9434765919")).isTrue();
        assertThat(Identifiers.isValidNhsNumber("943 476 5919")).isTrue();
        assertThat(Identifiers.isValidNhsNumber("9434765918")).isFalse();
        assertThat(Identifiers.isValidNhsNumber("943476591")).isFalse();
        assertThat(Identifiers.isValidNhsNumber(null)).isFalse();
    }

    @Test
    void knownUpnsValidate() {
        assertThat(Identifiers.isValidUpn("B801200005001")).isTrue();
        assertThat(Identifiers.isValidUpn("A801200005001")).isFalse();
    }

    @Test
    void pncCheckLetterIsTheModulus23OfYearAndSerial() {
        // 12/0001234: the check letter indexes ZABCDEFGHJKLMNPQRTUVWXY by 120001234 mod 23
        String letters = "ZABCDEFGHJKLMNPQRTUVWXY";
        char expected = letters.charAt((int) (120001234L % 23));
        assertThat(Identifiers.pncCheckLetter(12, 1234)).isEqualTo(expected);
        assertThat(Identifiers.isValidPnc("12/0001234" + expected)).isTrue();
        assertThat(Identifiers.isValidPnc("2012/0001234" + expected)).isTrue();
        assertThat(Identifiers.isValidPnc("12/0001235" + expected)).isFalse();
    }

    @Property(tries = 200)
    void issuedIdentifiersAlwaysValidate(@ForAll @LongRange(min = 0, max = 9_999_999) long index,
                                         @ForAll long seed) {
        IdentifierSource ids = new IdentifierSource(seed);
        SplittableRandom rng = new SplittableRandom(seed);
        assertThat(Identifiers.isValidNhsNumber(ids.nhsNumber(index, rng))).isTrue();
        assertThat(Identifiers.isValidUpn(ids.upn(index, "330", 2019))).isTrue();
        assertThat(Identifiers.isValidPnc(ids.pncId(index, 2009))).isTrue();
        assertThat(ids.mobile(index, rng)).matches("07\\d{9}");
    }

    @Property(tries = 50)
    void differentPeopleNeverShareAnIdentifier(@ForAll @LongRange(min = 0, max = 9_999_998) long index,
                                               @ForAll long seed) {
        IdentifierSource ids = new IdentifierSource(seed);
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(ids.nhsNumber(index, rng).substring(0, 8)).isNotEqualTo(ids.nhsNumber(index + 1, rng).substring(0, 8));
        assertThat(ids.upn(index, "330", 2019)).isNotEqualTo(ids.upn(index + 1, "330", 2019));
        assertThat(ids.pncId(index, 2009)).isNotEqualTo(ids.pncId(index + 1, 2009));
    }
}
