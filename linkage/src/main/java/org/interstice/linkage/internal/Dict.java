package org.interstice.linkage.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Interned canonical values of one kind with features computed once per distinct value (phonetic codes,
 * nickname groups, parsed dates, postcode parts, token sets). Records hold value ids into a Dict.
 */
public final class Dict {
    public enum Kind { NAME, DATE, POSTCODE, TOKENS, PLAIN }

    public final Kind kind;
    private final HashMap<String, Integer> index = new HashMap<>();
    private final HashMap<String, Integer> codes = new HashMap<>(); // metaphone codes, postcode parts
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    /** For TOKENS: the dictionary of the tokens (NAME kind, so tokens get phonetic codes). */
    public final Dict tokenDict;

    public int size;
    public String[] values = new String[64];
    public char[][] chars = new char[64][];
    // NAME
    public int[] mp1, mp2;
    public int[][] nick;
    // DATE
    public int[] year, month, day, epoch;
    // POSTCODE: ids of district (outward code) and sector, -1 when not a UK postcode
    public int[] district, sector;
    // TOKENS: sorted distinct token ids
    public int[][] tokens;

    public Dict(Kind kind) {
        this.kind = kind;
        this.tokenDict = kind == Kind.TOKENS ? new Dict(Kind.NAME) : null;
        switch (kind) {
            case NAME -> {
                mp1 = new int[64];
                mp2 = new int[64];
                nick = new int[64][];
            }
            case DATE -> {
                year = new int[64];
                month = new int[64];
                day = new int[64];
                epoch = new int[64];
            }
            case POSTCODE -> {
                district = new int[64];
                sector = new int[64];
            }
            case TOKENS -> tokens = new int[64][];
            default -> {
            }
        }
    }

    public int lookup(String canonical) {
        Integer id = index.get(canonical);
        return id == null ? -1 : id;
    }

    /** The id of a canonical (already normalised, non-null) value, adding it when new. */
    public int intern(String canonical) {
        Integer id = index.get(canonical);
        if (id != null) return id;
        int v = size++;
        if (v == values.length) grow(v * 2);
        index.put(canonical, v);
        values[v] = canonical;
        chars[v] = canonical.toCharArray();
        switch (kind) {
            case NAME -> {
                mp1[v] = code(metaphone.doubleMetaphone(canonical.replace(" ", ""), false));
                mp2[v] = code(metaphone.doubleMetaphone(canonical.replace(" ", ""), true));
                nick[v] = Nicknames.groupsOf(canonical);
            }
            case DATE -> {
                int y = Integer.parseInt(canonical.substring(0, 4)), m = Integer.parseInt(canonical.substring(4, 6)),
                        d = Integer.parseInt(canonical.substring(6, 8));
                year[v] = y;
                month[v] = m;
                day[v] = d;
                epoch[v] = (int) LocalDate.of(y, m, d).toEpochDay();
            }
            case POSTCODE -> {
                String[] parts = Normalise.ukPostcodeParts(canonical);
                district[v] = parts == null ? -1 : code("D" + parts[0]);
                sector[v] = parts == null ? -1 : code("S" + parts[1]);
            }
            case TOKENS -> {
                String[] t = canonical.split(" ");
                int[] ids = new int[t.length];
                for (int i = 0; i < t.length; i++) ids[i] = tokenDict.intern(t[i]);
                Arrays.sort(ids);
                int k = 0;
                for (int i = 0; i < ids.length; i++) if (i == 0 || ids[i] != ids[i - 1]) ids[k++] = ids[i];
                tokens[v] = k == ids.length ? ids : Arrays.copyOf(ids, k);
            }
            default -> {
            }
        }
        return v;
    }

    private int code(String s) {
        if (s == null || s.isEmpty()) return -1;
        Integer id = codes.get(s);
        if (id == null) {
            id = codes.size();
            codes.put(s, id);
        }
        return id;
    }

    private void grow(int n) {
        values = Arrays.copyOf(values, n);
        chars = Arrays.copyOf(chars, n);
        if (mp1 != null) {
            mp1 = Arrays.copyOf(mp1, n);
            mp2 = Arrays.copyOf(mp2, n);
            nick = Arrays.copyOf(nick, n);
        }
        if (year != null) {
            year = Arrays.copyOf(year, n);
            month = Arrays.copyOf(month, n);
            day = Arrays.copyOf(day, n);
            epoch = Arrays.copyOf(epoch, n);
        }
        if (district != null) {
            district = Arrays.copyOf(district, n);
            sector = Arrays.copyOf(sector, n);
        }
        if (tokens != null) tokens = Arrays.copyOf(tokens, n);
    }

    public boolean phoneticMatch(int a, int b) {
        int a1 = mp1[a], a2 = mp2[a], b1 = mp1[b], b2 = mp2[b];
        if (a1 < 0 || b1 < 0) return false;
        return a1 == b1 || a1 == b2 || a2 == b1 || (a2 >= 0 && a2 == b2);
    }

    public static Kind kindOf(org.interstice.linkage.FieldType t) {
        return switch (t) {
            case GIVEN_NAME, FAMILY_NAME, CITY -> Kind.NAME;
            case DOB -> Kind.DATE;
            case POSTCODE -> Kind.POSTCODE;
            case ADDRESS, FULL_NAME -> Kind.TOKENS;
            default -> Kind.PLAIN;
        };
    }
}
