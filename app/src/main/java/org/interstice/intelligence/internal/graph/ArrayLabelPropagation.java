package org.interstice.intelligence.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Community detection by label propagation (Raghavan, Albert and Kumara 2007), as JGraphT's
 * {@link org.jgrapht.alg.clustering.LabelPropagationClustering}, on a {@link CompactGraph}'s arrays:
 * every vertex starts with its own label; in each round, in a seeded random order, a vertex takes the label most of its
 * neighbours carry (a seeded random choice among ties); rounds stop when every vertex carries a label that most of its
 * neighbours carry (JGraphT's stopping rule) or after {@code maxRounds}. As in JGraphT and the paper, a label shared by parts that are not joined
 * is split, so every community is connected. Communities are numbered from 0 by their lowest vertex. ADR 0017.
 */
public final class ArrayLabelPropagation implements ClusteringAlgorithm<Integer> {

    private final CompactGraph g;
    private final long seed;
    private final int maxRounds;
    private int[] community;
    private int count, rounds;

    public ArrayLabelPropagation(CompactGraph g, long seed) {
        this(g, seed, 100);
    }

    public ArrayLabelPropagation(CompactGraph g, long seed, int maxRounds) {
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be at least 1");
        this.g = g;
        this.seed = seed;
        this.maxRounds = maxRounds;
    }

    /** The community of every vertex (shared array: do not change). */
    public int[] communities() {
        if (community == null) compute();
        return community;
    }

    public int count() {
        communities();
        return count;
    }

    /** Rounds of propagation run. */
    public int rounds() {
        communities();
        return rounds;
    }

    @Override
    public Clustering<Integer> getClustering() {
        int[] c = communities();
        List<Set<Integer>> sets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) sets.add(new LinkedHashSet<>());
        for (int v = 0; v < c.length; v++) sets.get(c[v]).add(v);
        return new ClusteringImpl<>(sets);
    }

    /** Whether every vertex carries a label that most of its neighbours carry. */
    private static boolean everyLabelIsAMostCommon(int[] off, int[] nb, int[] label, int[] counts, int[] seen) {
        int n = label.length;
        for (int v = 0; v < n; v++) {
            int from = off[v], to = off[v + 1];
            if (from == to) continue;
            int distinct = 0, top = 0;
            for (int i = from; i < to; i++) {
                int l = label[nb[i]];
                if (counts[l]++ == 0) seen[distinct++] = l;
                if (counts[l] > top) top = counts[l];
            }
            boolean ok = counts[label[v]] == top;
            for (int i = 0; i < distinct; i++) counts[seen[i]] = 0;
            if (!ok) return false;
        }
        return true;
    }

    private void compute() {
        int n = g.vertexCount();
        int[] off = g.offsets, nb = g.neighbours;
        int[] label = new int[n], order = new int[n], counts = new int[n], seen = new int[n], best = new int[n];
        for (int v = 0; v < n; v++) {
            label[v] = v;
            order[v] = v;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        rounds = 0;
        boolean settled = false;
        while (!settled && rounds < maxRounds) {
            rounds++;
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i]; order[i] = order[j]; order[j] = t;
            }
            boolean unsettled = false;
            for (int k = 0; k < n; k++) {
                int v = order[k];
                int from = off[v], to = off[v + 1];
                if (from == to) continue;
                int distinct = 0, top = 0;
                for (int i = from; i < to; i++) {
                    int l = label[nb[i]];
                    if (counts[l]++ == 0) seen[distinct++] = l;
                    if (counts[l] > top) top = counts[l];
                }
                if (counts[label[v]] != top) unsettled = true;
                int ties = 0;
                for (int i = 0; i < distinct; i++) if (counts[seen[i]] == top) best[ties++] = seen[i];
                label[v] = ties == 1 ? best[0] : best[rnd.nextInt(ties)];
                for (int i = 0; i < distinct; i++) counts[seen[i]] = 0;
            }
            // JGraphT's stopping rule, checked once no vertex was found unsettled during the round
            settled = !unsettled && everyLabelIsAMostCommon(off, nb, label, counts, seen);
        }
        // split labels into connected communities
        community = new int[n];
        java.util.Arrays.fill(community, -1);
        int[] queue = order;
        count = 0;
        for (int s = 0; s < n; s++) {
            if (community[s] >= 0) continue;
            int c = count++, l = label[s], head = 0, tail = 0;
            community[s] = c;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    if (community[w] < 0 && label[w] == l) {
                        community[w] = c;
                        queue[tail++] = w;
                    }
                }
            }
        }
    }
}
