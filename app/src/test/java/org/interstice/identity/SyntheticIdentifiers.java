package org.interstice.identity;

import java.util.Random;

/** Identifiers that pass their checks, made from a seeded {@link Random}, for tests' synthetic people. */
public final class SyntheticIdentifiers {

    private SyntheticIdentifiers() {
    }

    /** A ten-digit NHS number with a valid modulus 11 check digit. */
    public static String nhs(Random random) {
        return NhsNumber.synthetic(random);
    }

    /** A unique pupil number's shape: a letter, eleven digits, a letter. */
    public static String upn(Random random) {
        return "K" + String.format("%011d", Math.abs(random.nextLong()) % 100_000_000_000L) + "A";
    }
}
