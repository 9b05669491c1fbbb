package org.interstice.linkage;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.interstice.linkage.internal.Nicknames;
import org.interstice.linkage.internal.Normalise;
import org.interstice.linkage.internal.Similarity;

/**
 * The engine's name comparison levels for one pair of single names (a given name or a family name), for callers that
 * compare names outside a trained model: the same normalisation, Jaro-Winkler cut-offs, nickname table and Double
 * Metaphone codes as the model's name fields, in the same order.
 */
public final class NameAgreement {

    /** Comparison levels, closest first (as in the model's given-name field). */
    public enum Level {
        EXACT("exact"), TYPO("jaro-winkler >= 0.92"), CLOSE("jaro-winkler >= 0.88"), SLIP("one keying slip"), NICKNAME("nickname"),
        PHONETIC("double metaphone"), SIMILAR("jaro-winkler >= 0.70"), ELSE("else");

        private final String label;

        Level(String label) { this.label = label; }

        public String label() { return label; }

        /** Exact, a typo, a close spelling, a nickname or the same sound: the names may be the same person's. */
        public boolean agrees() { return ordinal() <= PHONETIC.ordinal(); }
    }

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    private NameAgreement() {
    }

    /** The engine's canonical form of a name (lower case, marks and punctuation removed), or null when it has no letters. */
    public static String normalise(String raw) {
        return raw == null ? null : Normalise.name(raw);
    }

    /** The primary Double Metaphone code of a canonical name (spaces removed), or "" for none: a blocking key. */
    public static String phoneticKey(String canonical) {
        if (canonical == null || canonical.isEmpty()) return "";
        String code = METAPHONE.get().doubleMetaphone(canonical.replace(" ", ""), false);
        return code == null ? "" : code;
    }

    /**
     * The level of two canonical single names. {@code nicknames} applies the shipped nickname table (given names
     * only, as in the model).
     */
    public static Level of(String a, String b, boolean nicknames) {
        return of(a, b, nicknames, false);
    }

    /**
     * As {@link #of(String, String, boolean)}; with {@code slips}, two names of four letters or more that begin with the
     * same letter and are one keying slip apart (a letter dropped, added, replaced, or two neighbours swapped) are
     * {@link Level#SLIP} when no closer level holds. Jaro-Winkler misses a slip in a short name ("Carl" and "Caol"
     * score 0.87). The model's fields have no such level: this is for names typed by hand, one at a time.
     */
    public static Level of(String a, String b, boolean nicknames, boolean slips) {
        if (a == null || b == null) throw new IllegalArgumentException("names must be present");
        if (a.equals(b)) return Level.EXACT;
        double jw = Similarity.jaroWinkler(a.toCharArray(), b.toCharArray());
        if (jw >= 0.92) return Level.TYPO;
        if (jw >= 0.88) return Level.CLOSE;
        if (slips && oneSlip(a, b)) return Level.SLIP;
        if (nicknames && Nicknames.share(Nicknames.groupsOf(a), Nicknames.groupsOf(b))) return Level.NICKNAME;
        if (phonetic(a, b)) return Level.PHONETIC;
        if (jw >= 0.70) return Level.SIMILAR;
        return Level.ELSE;
    }

    /** Both of four letters or more, the same first letter, and a Damerau-Levenshtein distance of one. */
    static boolean oneSlip(String a, String b) {
        return a.length() >= 4 && b.length() >= 4 && a.charAt(0) == b.charAt(0) && Similarity.oneKeyingError(a.toCharArray(), b.toCharArray());
    }

    private static boolean phonetic(String a, String b) {
        DoubleMetaphone m = METAPHONE.get();
        String x = a.replace(" ", ""), y = b.replace(" ", "");
        String a1 = m.doubleMetaphone(x, false), b1 = m.doubleMetaphone(y, false);
        if (a1 == null || a1.isEmpty() || b1 == null || b1.isEmpty()) return false;
        String a2 = m.doubleMetaphone(x, true), b2 = m.doubleMetaphone(y, true);
        return a1.equals(b1) || a1.equals(b2) || b1.equals(a2) || (a2 != null && !a2.isEmpty() && a2.equals(b2));
    }
}
