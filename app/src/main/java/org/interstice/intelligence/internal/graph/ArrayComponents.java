package org.interstice.intelligence.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Connected groups of a {@link CompactGraph} by breadth-first search over its arrays: the same partition as JGraphT's
 * {@link org.jgrapht.alg.connectivity.ConnectivityInspector} without a set per vertex. Group numbers start at 0 and
 * follow the lowest vertex of each group.
 */
public final class ArrayComponents {

    private final int[] component;
    private final int[] sizes;

    public ArrayComponents(CompactGraph g) {
        int n = g.vertexCount();
        component = new int[n];
        java.util.Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] off = g.offsets, nb = g.neighbours;
        int count = 0;
        int[] size = new int[Math.max(1, n)];
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) continue;
            int c = count++;
            int head = 0, tail = 0;
            queue[tail++] = s;
            component[s] = c;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    if (component[w] < 0) {
                        component[w] = c;
                        queue[tail++] = w;
                    }
                }
            }
            size[c] = tail;
        }
        sizes = java.util.Arrays.copyOf(size, count);
    }

    public int count() {
        return sizes.length;
    }

    /** The group of vertex v (0-based). */
    public int of(int v) {
        return component[v];
    }

    public int size(int c) {
        return sizes[c];
    }

    /** Group of every vertex (shared array: do not change). */
    public int[] labels() {
        return component;
    }

    /** The groups as sets, in group-number order (for tests against JGraphT and small graphs). */
    public List<Set<Integer>> sets() {
        List<Set<Integer>> out = new ArrayList<>(sizes.length);
        for (int c = 0; c < sizes.length; c++) out.add(new LinkedHashSet<>());
        for (int v = 0; v < component.length; v++) out.get(component[v]).add(v);
        return out;
    }
}
