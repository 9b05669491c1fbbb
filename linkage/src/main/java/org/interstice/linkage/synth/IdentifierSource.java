package org.interstice.linkage.synth;

import java.util.SplittableRandom;

/**
 * Issues identifiers that are unique per person without remembering any: each is a seeded affine permutation of
 * the person's index (a bijection modulo the identifier's range), so no two people share an NHS number, UPN, PNC id
 * or mobile number (up to 40 million people for NHS numbers, 10 million for the others).
 */
final class IdentifierSource {

    private static final long NHS_RANGE = 40_000_000L;
    private static final long TEN_MILLION = 10_000_000L;
    private static final long HUNDRED_MILLION = 100_000_000L;

    private final long nhsA;
    private final long nhsB;
    private final long upnA;
    private final long upnB;
    private final long pncA;
    private final long pncB;
    private final long phoneA;
    private final long phoneB;

    IdentifierSource(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x1D5EEDL);
        nhsA = coprimeTo10(rng, NHS_RANGE);
        nhsB = rng.nextLong(NHS_RANGE);
        upnA = coprimeTo10(rng, TEN_MILLION);
        upnB = rng.nextLong(TEN_MILLION);
        pncA = coprimeTo10(rng, TEN_MILLION);
        pncB = rng.nextLong(TEN_MILLION);
        phoneA = coprimeTo10(rng, HUNDRED_MILLION);
        phoneB = rng.nextLong(HUNDRED_MILLION);
    }

    /** A multiplier coprime to the range (all ranges here are 2^a * 5^b). */
    private static long coprimeTo10(SplittableRandom rng, long range) {
        long a = rng.nextLong(range / 2, range) | 1L;
        while (a % 5 == 0) {
            a += 2;
        }
        return a;
    }

    private static long permute(long index, long a, long b, long range) {
        return (a * (index % range) + b) % range;
    }

    /** A valid NHS number "4xxxxxxxxx".."7xxxxxxxxx" (10 digits, no spaces). */
    String nhsNumber(long index, SplittableRandom rng) {
        long prefix = 40_000_000L + permute(index, nhsA, nhsB, NHS_RANGE);
        StringBuilder sb = new StringBuilder(10).append(prefix);
        int sum8 = 0;
        for (int i = 0; i < 8; i++) {
            sum8 += (sb.charAt(i) - '0') * (10 - i);
        }
        int d9;
        do {
            d9 = rng.nextInt(10);
        } while ((sum8 + 2 * d9) % 11 == 1);
        sb.append((char) ('0' + d9));
        sb.append((char) ('0' + Identifiers.nhsCheckDigit(sb)));
        return sb.toString();
    }

    /** A permanent UPN: check letter, LA number, establishment, 2-digit year of issue, serial. */
    String upn(long index, String la, int yearOfIssue) {
        long v = permute(index, upnA, upnB, TEN_MILLION);
        String digits = la + pad(v / 1000, 4) + pad(yearOfIssue % 100, 2) + pad(v % 1000, 3);
        return Identifiers.upnCheckLetter(digits) + digits;
    }

    /** A PNC id in display form YY/NNNNNNNC. */
    String pncId(long index, int yearOfRecord) {
        int yy = yearOfRecord % 100;
        int serial = (int) permute(index, pncA, pncB, TEN_MILLION);
        return pad(yy, 2) + "/" + pad(serial, 7) + Identifiers.pncCheckLetter(yy, serial);
    }

    /** A UK mobile number 07xxxxxxxxx (11 digits). */
    String mobile(long index, SplittableRandom rng) {
        int[] leads = {4, 5, 7, 7, 8, 9, 9};
        return "07" + leads[rng.nextInt(leads.length)] + pad(permute(index, phoneA, phoneB, HUNDRED_MILLION), 8);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }
}
