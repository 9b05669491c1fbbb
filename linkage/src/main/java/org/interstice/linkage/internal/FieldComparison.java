package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.List;

import org.interstice.linkage.Field;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.Schema;
import org.interstice.linkage.internal.Similarity.Scratch;

/**
 * How one field is compared: ordered comparison levels, closest agreement first and "else" last. A pair falls
 * in exactly one level, or is null (-1) when either value is missing.
 */
public abstract class FieldComparison {
    public final Field field;
    public final int column;
    public final String[] levels;
    /** Term-frequency adjustment on the exact level. */
    public final boolean tf;
    /** Evidence shared by a household (family name, address, postcode, city, phone). */
    public final boolean household;
    /** A formally valid identifier: different valid values are strong contrary evidence. */
    public final boolean identifier;
    /**
     * An identifier of one person (any identifier type): agreement up to {@link #agreeLevel} means the records
     * carry the same identifier (exactly or with a keying error), which a sibling or twin never does.
     */
    public final boolean personId;
    /** The last level that counts as the same identifier (exact, or a keying error of it); -1 when none. */
    public int agreeLevel = -1;
    /** Levels off the similarity chain (nickname, swapped names): not ordered against the others. */
    public final boolean[] side;

    FieldComparison(Field field, int column, List<String> levels) {
        this.field = field;
        this.column = column;
        this.levels = levels.toArray(String[]::new);
        FieldType t = field.type();
        this.tf = t != FieldType.SEX;
        this.household = t == FieldType.FAMILY_NAME || t == FieldType.ADDRESS || t == FieldType.POSTCODE
                || t == FieldType.CITY || t == FieldType.PHONE;
        this.identifier = t == FieldType.NHS_NUMBER || t == FieldType.UPN || t == FieldType.PNC_ID;
        this.personId = t.isIdentifier();
        if (personId) agreeLevel = 0;
        this.side = new boolean[this.levels.length];
        for (int l = 0; l < this.levels.length; l++) {
            side[l] = this.levels[l].equals("nickname") || this.levels[l].startsWith("swapped");
        }
    }

    /** False for a value that fails its identifier's check (it is never evidence against a match). */
    public boolean valid(Dict dict, int v) {
        return true;
    }

    public int elseLevel() {
        return levels.length - 1;
    }

    /** The level of rows a and b, or -1 when either value is missing. */
    public int level(Dataset d, int a, int b, Scratch s) {
        Column c = d.columns[column];
        int va = c.ids[a], vb = c.ids[b];
        if (va < 0 || vb < 0) return -1;
        if (va == vb) return 0;
        if (va > vb) {
            int t = va;
            va = vb;
            vb = t;
        }
        int lv = s.cached(column, va, vb);
        if (lv < 0) {
            lv = valueLevel(c.dict, va, vb, s);
            s.store(column, va, vb, lv);
        }
        return refine(d, a, b, lv);
    }

    /** The level of two different values (va < vb); a pure function of the values, so it is cached. */
    abstract int valueLevel(Dict dict, int va, int vb, Scratch s);

    /** A further look at the rows (forename-surname swap). */
    int refine(Dataset d, int a, int b, int level) {
        return level;
    }

    public static List<FieldComparison> forSchema(Schema schema) {
        var out = new ArrayList<FieldComparison>();
        List<Field> fs = schema.fields();
        int given = -1, family = -1;
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).type() == FieldType.GIVEN_NAME && given < 0) given = i;
            if (fs.get(i).type() == FieldType.FAMILY_NAME && family < 0) family = i;
        }
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            out.add(switch (f.type()) {
                case GIVEN_NAME -> new Name(f, i, true, family);
                case FAMILY_NAME -> new Name(f, i, false, given);
                case CITY -> new Name(f, i, false, -1);
                case FULL_NAME -> new Tokens(f, i, true);
                case ADDRESS -> new Tokens(f, i, false);
                case DOB -> new Date(f, i);
                case POSTCODE -> new Postcode(f, i);
                case OTHER -> new Text(f, i);
                case IDENTIFIER -> new Identifier(f, i);
                case NHS_NUMBER -> new Checked(f, i);
                default -> new Exact(f, i);
            });
        }
        return out;
    }

    /** Names: exact, JW >= 0.92, >= 0.88, nickname, Double Metaphone, JW >= 0.70, swapped with partner, else. */
    static final class Name extends FieldComparison {
        private final boolean nickname;
        private final int partner;
        private final int lNick, lPhon, l70, lSwap, lElse;

        Name(Field f, int col, boolean nickname, int partner) {
            super(f, col, names(nickname, partner >= 0));
            this.nickname = nickname;
            this.partner = partner;
            var l = List.of(levels);
            lNick = l.indexOf("nickname");
            lPhon = l.indexOf("double metaphone");
            l70 = l.indexOf("jaro-winkler >= 0.70");
            lSwap = l.indexOf("swapped with " + (nickname ? "family" : "given") + " name");
            lElse = levels.length - 1;
        }

        private static List<String> names(boolean nickname, boolean swap) {
            var l = new ArrayList<>(List.of("exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.88"));
            if (nickname) l.add("nickname");
            l.add("double metaphone");
            l.add("jaro-winkler >= 0.70");
            if (swap) l.add("swapped with " + (nickname ? "family" : "given") + " name");
            l.add("else");
            return l;
        }

        @Override
        int valueLevel(Dict dict, int va, int vb, Scratch s) {
            double jw = Similarity.jaroWinkler(dict.chars[va], dict.chars[vb]);
            if (jw >= 0.92) return 1;
            if (jw >= 0.88) return 2;
            if (nickname && Nicknames.share(dict.nick[va], dict.nick[vb])) return lNick;
            if (dict.phoneticMatch(va, vb)) return lPhon;
            if (jw >= 0.70) return l70;
            return lElse;
        }

        @Override
        int refine(Dataset d, int a, int b, int level) {
            if (level != lElse || partner < 0) return level;
            Column c = d.columns[column];
            int va = c.ids[a], vb = c.ids[b];
            int[] p = d.columns[partner].ids;
            int pa = p[a], pb = p[b];
            if (pa >= 0 && pb >= 0 && close(c.dict, va, pb) && close(c.dict, pa, vb)) return lSwap;
            return lElse;
        }

        private static boolean close(Dict d, int x, int y) {
            return x == y || Similarity.jaroWinkler(d.chars[x], d.chars[y]) >= 0.92;
        }
    }

    /**
     * Token sets. Address: exact, token similarity >= 0.8, >= 0.5, any shared token, else. Full name: exact,
     * same tokens in another order, JW >= 0.92, token similarity >= 0.8, >= 0.5, else. Tokens match when
     * equal or Jaro-Winkler >= 0.9 (names also by nickname or phonetic code).
     */
    static final class Tokens extends FieldComparison {
        private final boolean names;

        Tokens(Field f, int col, boolean names) {
            super(f, col, names
                    ? List.of("exact", "same tokens reordered", "jaro-winkler >= 0.92", "tokens >= 0.8", "tokens >= 0.5", "else")
                    : List.of("exact", "tokens >= 0.8", "tokens >= 0.5", "any token", "else"));
            this.names = names;
        }

        @Override
        int valueLevel(Dict dict, int va, int vb, Scratch s) {
            int[] ta = dict.tokens[va], tb = dict.tokens[vb];
            if (names) {
                if (java.util.Arrays.equals(ta, tb)) return 1;
                if (Similarity.jaroWinkler(dict.chars[va], dict.chars[vb]) >= 0.92) return 2;
            }
            double sim = similarity(dict.tokenDict, ta, tb);
            int base = names ? 3 : 1;
            if (sim >= 0.8) return base;
            if (sim >= 0.5) return base + 1;
            if (!names && sim > 0) return base + 2;
            return levels.length - 1;
        }

        private double similarity(Dict t, int[] ta, int[] tb) {
            if (ta.length == 0 || tb.length == 0) return 0;
            long used = 0;
            int matched = 0;
            for (int x : ta) {
                for (int j = 0; j < tb.length && j < 64; j++) {
                    if ((used & (1L << j)) != 0) continue;
                    int y = tb[j];
                    if (x == y || fuzzy(t, x, y)) {
                        used |= 1L << j;
                        matched++;
                        break;
                    }
                }
            }
            return 2.0 * matched / (ta.length + tb.length);
        }

        private boolean fuzzy(Dict t, int x, int y) {
            char[] cx = t.chars[x], cy = t.chars[y];
            if (cx.length >= 4 && cy.length >= 4 && Similarity.jaroWinkler(cx, cy) >= 0.9) return true;
            return names && (Nicknames.share(t.nick[x], t.nick[y]) || (cx.length > 2 && cy.length > 2 && t.phoneticMatch(x, y)));
        }
    }

    /** Date of birth: exact, one edit or day-month swap, within a month, within a year, else. */
    static final class Date extends FieldComparison {
        Date(Field f, int col) {
            super(f, col, List.of("exact", "one edit or day-month swap", "within a month", "within a year", "else"));
        }

        @Override
        int valueLevel(Dict t, int va, int vb, Scratch s) {
            if (Similarity.oneEdit(t.chars[va], t.chars[vb])) return 1;
            if (t.year[va] == t.year[vb] && t.day[va] == t.month[vb] && t.month[va] == t.day[vb]) return 1;
            int diff = Math.abs(t.epoch[va] - t.epoch[vb]);
            if (diff <= 31) return 2;
            if (diff <= 366) return 3;
            return 4;
        }

    }

    /** Postcode: full, sector, district (UK postcodes), one character edit, else. */
    static final class Postcode extends FieldComparison {
        Postcode(Field f, int col) {
            super(f, col, List.of("full", "sector", "district", "one edit", "else"));
        }

        @Override
        int valueLevel(Dict t, int va, int vb, Scratch s) {
            if (t.sector[va] >= 0 && t.sector[va] == t.sector[vb]) return 1;
            if (t.district[va] >= 0 && t.district[va] == t.district[vb]) return 2;
            if (Similarity.levenshtein(t.chars[va], t.chars[vb], 1, s) <= 1) return 3;
            return 4;
        }
    }

    /** Other values (identifiers of unknown kind, street numbers): exact, Levenshtein <= 1, <= 2, else. */
    static final class Text extends FieldComparison {
        Text(Field f, int col) {
            super(f, col, List.of("exact", "levenshtein <= 1", "levenshtein <= 2", "else"));
        }

        @Override
        int valueLevel(Dict t, int va, int vb, Scratch s) {
            int dist = Similarity.levenshtein(t.chars[va], t.chars[vb], 2, s);
            return dist <= 1 ? 1 : dist <= 2 ? 2 : 3;
        }
    }

    /**
     * A generic identifier (scheme unknown, so no check digit): exact; one keying error (one character
     * substituted, inserted or dropped, or two adjacent characters swapped); consecutive numbers (also one
     * edit, e.g. 1234567 and 1234568, but identifiers are often allocated in sequence, so siblings or twins
     * registered together get consecutive numbers); else. Each level's weight is learnt like any other, but
     * only the first two mean "the same identifier" to the household rule.
     */
    static final class Identifier extends FieldComparison {
        Identifier(Field f, int col) {
            super(f, col, List.of("exact", "one keying error", "consecutive numbers", "else"));
            agreeLevel = 1;
        }

        @Override
        int valueLevel(Dict t, int va, int vb, Scratch s) {
            char[] x = t.chars[va], y = t.chars[vb];
            if (!Similarity.oneKeyingError(x, y)) return 3;
            return consecutive(x, y) ? 2 : 1;
        }


        /** Both all digits, of equal length, differing by exactly one as numbers. */
        static boolean consecutive(char[] x, char[] y) {
            if (x.length != y.length || x.length > 18) return false;
            long a = 0, b = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i] < '0' || x[i] > '9' || y[i] < '0' || y[i] > '9') return false;
                a = a * 10 + (x[i] - '0');
                b = b * 10 + (y[i] - '0');
            }
            return Math.abs(a - b) == 1;
        }
    }

    /**
     * NHS number (modulus-11 check digit): exact; one keying error where one value fails the check; else. The
     * check catches every single substituted digit and every adjacent transposition, so a failing number one
     * edit from a valid one is that number mistyped, while two different valid numbers are two people (twins
     * often have consecutive numbers): strong contrary evidence. A failing number is otherwise missing.
     */
    static final class Checked extends FieldComparison {
        Checked(Field f, int col) {
            super(f, col, List.of("exact", "one keying error (one value fails the check)", "else"));
            agreeLevel = 1;
        }

        @Override
        public boolean valid(Dict dict, int v) {
            return dict.chars[v][0] != Normalise.INVALID_MARK;
        }

        @Override
        public int level(Dataset d, int a, int b, Scratch s) {
            Column c = d.columns[column];
            int va = c.ids[a], vb = c.ids[b];
            if (va < 0 || vb < 0) return -1;
            boolean okA = valid(c.dict, va), okB = valid(c.dict, vb);
            if (okA && okB) return va == vb ? 0 : 2;
            if (!okA && !okB) return -1;
            char[] x = c.dict.chars[va], y = c.dict.chars[vb];
            return oneEdit(x, okA ? 0 : 1, y, okB ? 0 : 1) ? 1 : -1;
        }

        /** {@link Similarity#oneEdit} on x from xo and y from yo (skipping the invalid mark). */
        private static boolean oneEdit(char[] x, int xo, char[] y, int yo) {
            int n = x.length - xo;
            if (n != y.length - yo) return false;
            int first = -1, diffs = 0;
            for (int i = 0; i < n; i++) {
                if (x[xo + i] != y[yo + i]) {
                    if (diffs == 0) first = i;
                    if (++diffs > 2) return false;
                }
            }
            if (diffs == 1) return true;
            return diffs == 2 && first + 1 < n && x[xo + first] == y[yo + first + 1] && x[xo + first + 1] == y[yo + first]
                    && x[xo + first] != x[xo + first + 1];
        }

        @Override
        int valueLevel(Dict dict, int va, int vb, Scratch s) {
            throw new UnsupportedOperationException();
        }
    }

    /** Normalised exact match: sex, phone, email, UPN, PNC id. */
    static final class Exact extends FieldComparison {
        Exact(Field f, int col) {
            super(f, col, List.of("exact", "else"));
        }

        @Override
        public int level(Dataset d, int a, int b, Scratch s) {
            int[] ids = d.columns[column].ids;
            int va = ids[a], vb = ids[b];
            if (va < 0 || vb < 0) return -1;
            return va == vb ? 0 : 1;
        }

        @Override
        int valueLevel(Dict dict, int va, int vb, Scratch s) {
            return 1;
        }
    }
}
