package org.interstice.linkage.internal;

/** Enumerates candidate pairs of a block: all pairs (dedupe) or left x right (link; left rows come first). */
public final class Pairs {
    private Pairs() {
    }

    public interface Visitor {
        void pair(int a, int b);
    }

    public static long count(Blocks b, int g, Dataset d, boolean link) {
        int s = b.start[g], e = b.start[g + 1];
        if (!link) {
            long k = e - s;
            return k * (k - 1) / 2;
        }
        int split = split(b, g, d);
        return (long) (split - s) * (e - split);
    }

    /** Index in members of the first right-side row of group g. */
    public static int split(Blocks b, int g, Dataset d) {
        int s = b.start[g], e = b.start[g + 1];
        int i = s;
        while (i < e && d.side[b.members[i]] == 0) i++;
        return i;
    }

    public static void forEach(Blocks b, int g, Dataset d, boolean link, Visitor v) {
        int s = b.start[g], e = b.start[g + 1];
        int[] mem = b.members;
        if (!link) {
            for (int i = s; i < e; i++) for (int j = i + 1; j < e; j++) v.pair(mem[i], mem[j]);
        } else {
            int split = split(b, g, d);
            for (int i = s; i < split; i++) for (int j = split; j < e; j++) v.pair(mem[i], mem[j]);
        }
    }

    /** True when an earlier rule's key already put a and b together (so the pair was produced before). */
    public static boolean seenBefore(long[][] keys, int rule, int a, int b) {
        for (int r = 0; r < rule; r++) {
            long ka = keys[r][a];
            if (ka != BlockingRule.NO_KEY && ka == keys[r][b]) return true;
        }
        return false;
    }

    public static long[] keys(BlockingRule rule, Dataset d) {
        long[] k = new long[d.size];
        for (int r = 0; r < d.size; r++) k[r] = rule.key(d, r);
        return k;
    }
}
