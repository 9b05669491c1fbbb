package org.interstice.linkage.synth;

import java.util.SplittableRandom;

/** Keying errors: substitution (usually a neighbouring key), deletion, insertion and transposition. */
final class Typos {

    private static final String[] QWERTY = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {
    }

    static String typo(String s, SplittableRandom rng) {
        if (s == null || s.length() < 2) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        int op = rng.nextInt(10);
        int i = rng.nextInt(s.length());
        if (op < 4) {
            sb.setCharAt(i, matchCase(s.charAt(i), neighbour(s.charAt(i), rng)));
        } else if (op < 6) {
            sb.deleteCharAt(i);
        } else if (op < 8) {
            char c = rng.nextBoolean() ? s.charAt(i) : matchCase(s.charAt(i), neighbour(s.charAt(i), rng));
            sb.insert(i, c);
        } else {
            int j = i == s.length() - 1 ? i - 1 : i;
            char a = sb.charAt(j);
            sb.setCharAt(j, sb.charAt(j + 1));
            sb.setCharAt(j + 1, a);
        }
        return sb.toString();
    }

    /** Replaces one digit by another (an identifier mis-keyed). */
    static String digitSlip(String s, SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(s);
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = rng.nextInt(s.length());
            if (Character.isDigit(s.charAt(i))) {
                char replacement = rng.nextBoolean() ? neighbour(s.charAt(i), rng) : (char) ('0' + rng.nextInt(10));
                if (replacement != s.charAt(i) && Character.isDigit(replacement)) {
                    sb.setCharAt(i, replacement);
                    return sb.toString();
                }
            }
        }
        return s;
    }

    /** Swaps two adjacent digits. */
    static String digitTransposition(String s, SplittableRandom rng) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = rng.nextInt(s.length() - 1);
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isDigit(a) && Character.isDigit(b) && a != b) {
                StringBuilder sb = new StringBuilder(s);
                sb.setCharAt(i, b);
                sb.setCharAt(i + 1, a);
                return sb.toString();
            }
        }
        return s;
    }

    private static char neighbour(char c, SplittableRandom rng) {
        char lower = Character.toLowerCase(c);
        for (int row = 0; row < QWERTY.length; row++) {
            int col = QWERTY[row].indexOf(lower);
            if (col >= 0) {
                int dRow = rng.nextInt(3) - 1;
                int dCol = rng.nextInt(3) - 1;
                if (dRow == 0 && dCol == 0) {
                    dCol = rng.nextBoolean() ? 1 : -1;
                }
                int r = Math.max(0, Math.min(QWERTY.length - 1, row + dRow));
                if (row == 0 || r == 0) {
                    r = row; // stay on the digit row for digits and off it for letters
                }
                String keys = QWERTY[r];
                int cc = Math.max(0, Math.min(keys.length() - 1, col + dCol));
                char n = keys.charAt(cc);
                return n == lower ? keys.charAt(cc == 0 ? 1 : cc - 1) : n;
            }
        }
        return c;
    }

    private static char matchCase(char original, char c) {
        return Character.isUpperCase(original) ? Character.toUpperCase(c) : c;
    }
}
