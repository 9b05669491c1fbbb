package org.interstice.linkage.internal;

/** Allocation-free string similarity on char arrays (a per-thread {@link Scratch} carries buffers). */
public final class Similarity {
    private Similarity() {
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix characters, boost above 0.7), symmetric. */
    public static double jaroWinkler(char[] a, char[] b) {
        if (a.length > b.length || (a.length == b.length && compare(a, b) > 0)) {
            char[] t = a;
            a = b;
            b = t;
        }
        int la = a.length, lb = b.length;
        if (la == 0) return lb == 0 ? 1 : 0;
        if (lb > 64) return jaroWinklerLong(a, b);
        int window = Math.max(0, lb / 2 - 1);
        long ma = 0, mb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window), hi = Math.min(lb - 1, i + window);
            char c = a[i];
            for (int j = lo; j <= hi; j++) {
                if ((mb & (1L << j)) == 0 && b[j] == c) {
                    ma |= 1L << i;
                    mb |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int t = 0, k = 0;
        for (int i = 0; i < la; i++) {
            if ((ma & (1L << i)) != 0) {
                while ((mb & (1L << k)) == 0) k++;
                if (a[i] != b[k]) t++;
                k++;
            }
        }
        return winkler(a, b, matches, t / 2.0);
    }

    private static double jaroWinklerLong(char[] a, char[] b) {
        int la = a.length, lb = b.length;
        int window = Math.max(0, lb / 2 - 1);
        boolean[] ma = new boolean[la], mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window), hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && b[j] == a[i]) {
                    ma[i] = mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int t = 0, k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) k++;
                if (a[i] != b[k]) t++;
                k++;
            }
        }
        return winkler(a, b, matches, t / 2.0);
    }

    private static double winkler(char[] a, char[] b, int m, double t) {
        double jaro = ((double) m / a.length + (double) m / b.length + (m - t) / m) / 3.0;
        if (jaro < 0.7) return jaro;
        int prefix = 0, max = Math.min(4, Math.min(a.length, b.length));
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    static int compare(char[] a, char[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i] - b[i];
        return a.length - b.length;
    }

    /** One substituted character or two adjacent characters transposed (strings of equal length). */
    public static boolean oneEdit(char[] x, char[] y) {
        if (x.length != y.length) return false;
        int first = -1, diffs = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                if (diffs == 0) first = i;
                if (++diffs > 2) return false;
            }
        }
        if (diffs == 1) return true;
        return diffs == 2 && first + 1 < x.length && x[first] == y[first + 1] && x[first + 1] == y[first]
                && x[first] != x[first + 1];
    }

    /** Damerau-Levenshtein distance exactly one (the values differ): one character substituted, added or dropped, or two neighbours swapped. */
    public static boolean oneKeyingError(char[] x, char[] y) {
        if (x.length == y.length) return oneEdit(x, y);
        if (Math.abs(x.length - y.length) != 1) return false;
        char[] lo = x.length < y.length ? x : y, hi = x.length < y.length ? y : x;
        int i = 0;
        while (i < lo.length && lo[i] == hi[i]) i++;
        for (int j = i; j < lo.length; j++) if (lo[j] != hi[j + 1]) return false;
        return true;
    }

    /** Levenshtein distance, or {@code max + 1} when it exceeds {@code max}. */
    public static int levenshtein(char[] a, char[] b, int max, Scratch s) {
        int la = a.length, lb = b.length;
        if (Math.abs(la - lb) > max) return max + 1;
        if (la == 0 || lb == 0) return Math.max(la, lb);
        int[] prev = s.ints(lb + 1, 0), cur = s.ints(lb + 1, 1);
        for (int j = 0; j <= lb; j++) prev[j] = j;
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a[i - 1];
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }

    /** Per-thread scratch buffers so the scoring loop allocates nothing. */
    public static final class Scratch {
        private final int[][] ints = {new int[64], new int[64]};
        private static final int CACHE_BITS = 14, CACHE_MASK = (1 << CACHE_BITS) - 1;
        private long[][] keys = new long[16][];
        private byte[][] levels = new byte[16][];

        /** Cached level of a value pair in a column, or -1 (a small direct-mapped cache per thread). */
        public int cached(int column, int va, int vb) {
            if (column >= keys.length || keys[column] == null) return -1;
            long k = ((long) va << 32) | vb;
            int slot = slot(k);
            return keys[column][slot] == k ? levels[column][slot] : -1;
        }

        public void store(int column, int va, int vb, int level) {
            if (column >= keys.length) {
                keys = java.util.Arrays.copyOf(keys, column * 2 + 1);
                levels = java.util.Arrays.copyOf(levels, column * 2 + 1);
            }
            if (keys[column] == null) {
                keys[column] = new long[1 << CACHE_BITS];
                java.util.Arrays.fill(keys[column], -1L);
                levels[column] = new byte[1 << CACHE_BITS];
            }
            long k = ((long) va << 32) | vb;
            int slot = slot(k);
            keys[column][slot] = k;
            levels[column][slot] = (byte) level;
        }

        private static int slot(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return (int) (k >>> (64 - CACHE_BITS));
        }

        int[] ints(int n, int which) {
            if (ints[which].length < n) ints[which] = new int[n * 2];
            return ints[which];
        }
    }
}
