package org.interstice.identity;

import java.util.Random;

/** Identifiers that pass their checks, made from a seeded {@link Random}, for tests' synthetic people. */
public final class SyntheticIdentifiers {

    private SyntheticIdentifiers() {
    }

    /** A ten-digit NHS number with a valid modulus 11 check digit. */
    public static String nhs(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int x : d) {
                sb.append(x);
            }
            return sb.append(check == 11 ? 0 : check).toString();
        }
    }

    /** A unique pupil number's shape: a letter, eleven digits, a letter. */
    public static String upn(Random random) {
        return "K" + String.format("%011d", Math.abs(random.nextLong()) % 100_000_000_000L) + "A";
    }
}
