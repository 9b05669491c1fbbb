package org.interstice.linkage.internal;

/** Rows grouped by blocking key in compressed form (only groups of two or more rows). */
public final class Blocks {
    public final int[] start;
    public final int[] members;
    public final int groups;

    private Blocks(int[] start, int[] members, int groups) {
        this.start = start;
        this.members = members;
        this.groups = groups;
    }

    public int size(int g) {
        return start[g + 1] - start[g];
    }

    public static Blocks build(long[] keys, int n) {
        var map = new LongIntMap(Math.max(16, n / 2));
        int[] groupOf = new int[n];
        int[] counts = new int[Math.max(16, n / 2)];
        int next = 0;
        for (int r = 0; r < n; r++) {
            long k = keys[r];
            if (k == BlockingRule.NO_KEY) {
                groupOf[r] = -1;
                continue;
            }
            int g = map.get(k, -1);
            if (g < 0) {
                g = next++;
                map.put(k, g, -1);
                if (g == counts.length) counts = java.util.Arrays.copyOf(counts, g * 2);
            }
            counts[g]++;
            groupOf[r] = g;
        }
        int[] dense = new int[next];
        int groups = 0, total = 0;
        for (int g = 0; g < next; g++) {
            if (counts[g] >= 2) {
                dense[g] = groups++;
                total += counts[g];
            } else {
                dense[g] = -1;
            }
        }
        int[] start = new int[groups + 1];
        for (int g = 0; g < next; g++) if (dense[g] >= 0) start[dense[g] + 1] = counts[g];
        for (int i = 0; i < groups; i++) start[i + 1] += start[i];
        int[] fill = java.util.Arrays.copyOf(start, groups);
        int[] members = new int[total];
        for (int r = 0; r < n; r++) {
            int g = groupOf[r];
            if (g < 0) continue;
            int dg = dense[g];
            if (dg >= 0) members[fill[dg]++] = r;
        }
        return new Blocks(start, members, groups);
    }
}
