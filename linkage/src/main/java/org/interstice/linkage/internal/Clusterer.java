package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connected components over pairs at or above the threshold, merged strongest first (Kruskal order), with a
 * guard against chaining: two groups are not merged when they hold different valid values of an identifier
 * (NHS number, UPN, PNC id); such refusals split the would-be cluster and are reported. Optionally (link mode)
 * each cluster holds at most one record from each side (one-to-one).
 */
public final class Clusterer {
    private Clusterer() {
    }

    public record Result(int[] clusterOf, int clusters, int refusedByIdentifiers, int refusedByOneToOne) {
    }

    public static Result cluster(Dataset d, Scorer sc, Predictor.Edges e, double thresholdWeight, boolean oneToOne) {
        int n = d.size;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<int[]> idCols = new ArrayList<>();
        for (FieldComparison fc : sc.comps) {
            if (!fc.identifier) continue;
            Column c = d.columns[fc.column];
            int[] ids = c.ids.clone();
            for (int i = 0; i < n; i++) if (ids[i] >= 0 && !fc.valid(c.dict, ids[i])) ids[i] = -1; // fails its check
            idCols.add(ids);
        }
        int[] left = null, right = null;
        if (oneToOne) {
            left = new int[n];
            right = new int[n];
            for (int i = 0; i < n; i++) {
                if (d.side[i] == 0) left[i] = 1;
                else right[i] = 1;
            }
        }
        int kept = 0;
        long[] order = new long[e.size];
        for (int i = 0; i < e.size; i++) {
            if (e.w[i] >= thresholdWeight) order[kept++] = ((long) descendingBits(e.w[i]) << 32) | i;
        }
        order = Arrays.copyOf(order, kept);
        Arrays.sort(order);
        int refusedId = 0, refused11 = 0;
        for (long o : order) {
            int i = (int) o;
            int ra = find(parent, e.a[i]), rb = find(parent, e.b[i]);
            if (ra == rb) continue;
            boolean conflict = false;
            for (int[] ids : idCols) {
                if (ids[ra] >= 0 && ids[rb] >= 0 && ids[ra] != ids[rb]) {
                    conflict = true;
                    break;
                }
            }
            if (conflict) {
                refusedId++;
                continue;
            }
            if (oneToOne && (left[ra] + left[rb] > 1 || right[ra] + right[rb] > 1)) {
                refused11++;
                continue;
            }
            int root = Math.min(ra, rb), child = Math.max(ra, rb);
            parent[child] = root;
            for (int[] ids : idCols) if (ids[root] < 0) ids[root] = ids[child];
            if (oneToOne) {
                left[root] += left[child];
                right[root] += right[child];
            }
        }
        int[] clusterOf = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (number[r] < 0) number[r] = next++;
            clusterOf[i] = number[r];
        }
        return new Result(clusterOf, next, refusedId, refused11);
    }

    /** Bits that sort ascending when weights descend. */
    private static int descendingBits(float w) {
        int bits = Float.floatToIntBits(w);
        int asc = bits >= 0 ? bits ^ 0x80000000 : ~bits; // ascending unsigned order
        return ~asc ^ 0x80000000; // descending, as a signed int
    }

    static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }
}
