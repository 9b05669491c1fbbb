package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A blocking rule: records whose key parts are all present and equal are candidate pairs. Key parts are
 * derived features of columns (exact value, initial, phonetic code, birth year, unordered name pair).
 */
public record BlockingRule(List<Part> parts) {
    public static final long NO_KEY = Long.MIN_VALUE;

    public enum Transform {
        VALUE, INITIAL, METAPHONE, YEAR, MONTH_DAY, UNORDERED_PAIR,
        /** Several keys per record: the value of each such part's column, whichever column holds it. */
        ANY_COLUMN,
        /** Several keys per record: the value and the value with any one character deleted. */
        DELETIONS
    }

    private static final long[] NONE = new long[0];
    /** Values shorter than this get no deletion keys (too many unrelated short values would collide). */
    static final int MIN_DELETION_LENGTH = 5;

    /** {@code column2} is used only by UNORDERED_PAIR. */
    public record Part(Transform transform, int column, int column2) {
        static Part of(Transform t, int c) {
            return new Part(t, c, -1);
        }
    }

    public static BlockingRule of(Part... parts) {
        return new BlockingRule(List.of(parts));
    }

    public String describe(Dataset d) {
        var names = new ArrayList<String>();
        for (Part p : parts) {
            String c = d.columns[p.column].field.name();
            names.add(switch (p.transform) {
                case VALUE -> c;
                case INITIAL -> "initial(" + c + ")";
                case METAPHONE -> "dmetaphone(" + c + ")";
                case YEAR -> "year(" + c + ")";
                case MONTH_DAY -> "month-day(" + c + ")";
                case UNORDERED_PAIR -> "{" + c + "," + d.columns[p.column2].field.name() + "} in either order";
                case ANY_COLUMN -> c;
                case DELETIONS -> c + " with up to one character deleted";
            });
        }
        if (parts.get(0).transform == Transform.ANY_COLUMN) return "any of " + String.join(", ", names) + " in any of them";
        return String.join(" & ", names);
    }

    public String toSpec() {
        var sb = new StringBuilder();
        for (Part p : parts) {
            if (sb.length() > 0) sb.append(';');
            sb.append(p.transform.name().toLowerCase(Locale.ROOT)).append(':').append(p.column);
            if (p.column2 >= 0) sb.append(':').append(p.column2);
        }
        return sb.toString();
    }

    public static BlockingRule fromSpec(String spec) {
        var parts = new ArrayList<Part>();
        for (String s : spec.split(";")) {
            String[] f = s.split(":");
            parts.add(new Part(Transform.valueOf(f[0].toUpperCase(Locale.ROOT)), Integer.parseInt(f[1]),
                    f.length > 2 ? Integer.parseInt(f[2]) : -1));
        }
        return new BlockingRule(parts);
    }

    /** True for a rule with several keys per record ({@link #keys}); {@link #key} is then NO_KEY. */
    public boolean multi() {
        Transform t = parts.get(0).transform;
        return t == Transform.ANY_COLUMN || t == Transform.DELETIONS;
    }

    /**
     * All keys of row r, distinct and sorted (empty when none): two rows are a candidate pair when they share
     * one. For a single-key rule, its key.
     */
    public long[] keys(Dataset d, int r) {
        if (!multi()) {
            long k = key(d, r);
            return k == NO_KEY ? NONE : new long[]{k};
        }
        long[] out = new long[8];
        int n = 0;
        for (Part p : parts) {
            Column c = d.columns[p.column];
            int v = c.ids[r];
            if (v < 0) continue;
            char[] ch = c.dict.chars[v];
            int variants = p.transform == Transform.DELETIONS && ch.length >= MIN_DELETION_LENGTH ? ch.length : 0;
            for (int skip = -1; skip < variants; skip++) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = hash(ch, skip);
            }
        }
        if (n == 0) return NONE;
        java.util.Arrays.sort(out, 0, n);
        int k = 1;
        for (int i = 1; i < n; i++) if (out[i] != out[k - 1]) out[k++] = out[i];
        return java.util.Arrays.copyOf(out, k);
    }

    /** A 64-bit hash of the characters, leaving out position skip (none when -1). */
    static long hash(char[] ch, int skip) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < ch.length; i++) {
            if (i == skip) continue;
            h ^= ch[i];
            h *= 0x100000001B3L;
        }
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h == NO_KEY ? NO_KEY + 1 : h;
    }

    /** The key of row r, or NO_KEY when a part is missing (always NO_KEY for a {@link #multi} rule). */
    public long key(Dataset d, int r) {
        if (multi()) return NO_KEY;
        long h = 0x9E3779B97F4A7C15L;
        for (Part p : parts) {
            Column c = d.columns[p.column];
            int v = c.ids[r];
            if (v < 0) return NO_KEY;
            int x;
            switch (p.transform) {
                case VALUE -> {
                    if (c.dict.chars[v].length > 0 && c.dict.chars[v][0] == Normalise.INVALID_MARK
                            && c.field.type() == org.interstice.linkage.FieldType.NHS_NUMBER) return NO_KEY; // fails its check
                    x = v;
                }
                case INITIAL -> x = c.dict.chars[v][0];
                case METAPHONE -> {
                    x = c.dict.mp1 == null ? v : c.dict.mp1[v];
                    if (x < 0) return NO_KEY;
                }
                case YEAR -> x = c.dict.year == null ? v : c.dict.year[v];
                case MONTH_DAY -> x = c.dict.month == null ? v : c.dict.month[v] * 100 + c.dict.day[v];
                case UNORDERED_PAIR -> {
                    int w = d.columns[p.column2].ids[r];
                    if (w < 0) return NO_KEY;
                    h = mix(h, Math.min(v, w));
                    x = Math.max(v, w);
                }
                default -> throw new IllegalStateException();
            }
            h = mix(h, x);
        }
        return h == NO_KEY ? NO_KEY + 1 : h;
    }

    static long mix(long h, int x) {
        h ^= (x + 0x632BE59BD9B4E019L) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h;
    }

    /** Columns whose exact value is fixed by this rule (they are not estimated by EM on its pairs). */
    public List<Integer> exactColumns() {
        var out = new ArrayList<Integer>();
        for (Part p : parts) if (p.transform == Transform.VALUE) out.add(p.column);
        return out;
    }
}
