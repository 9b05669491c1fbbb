package org.interstice.intelligence.internal.graph;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An immutable, simple, undirected graph held in compressed sparse row (CSR) arrays: vertices are 0..n-1 and edges
 * 0..m-1, as in {@code jgrapht-opt}'s {@code SparseIntUndirectedGraph} (which Maven Central does not carry for 1.5.3).
 * It is a full read-only JGraphT {@link org.jgrapht.Graph}, so JGraphT's own algorithms, exporters and shortest paths
 * run on it unchanged, and our array algorithms ({@link ArrayBetweenness}, {@link ArrayPageRank},
 * {@link ArrayLabelPropagation}, {@link ArrayComponents}) read its arrays directly. ADR 0017.
 */
public final class CompactGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowSelfLoops(false)
            .allowMultipleEdges(false).weighted(false).allowCycles(true).modifiable(false).build();

    private final int n;
    private final int[] source, target;
    /** Arcs of vertex v are offsets[v] .. offsets[v+1]-1: the neighbour in {@code neighbours}, the edge in {@code arcEdge}. */
    final int[] offsets, neighbours, arcEdge;

    private CompactGraph(int n, int[] source, int[] target) {
        this.n = n;
        this.source = source;
        this.target = target;
        int m = source.length;
        offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            int a = source[e], b = target[e];
            if (a < 0 || a >= n || b < 0 || b >= n) throw new IllegalArgumentException("edge " + e + " has an end outside 0.." + (n - 1));
            if (a == b) throw new IllegalArgumentException("edge " + e + " is a self-loop");
            offsets[a + 1]++;
            offsets[b + 1]++;
        }
        for (int v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        neighbours = new int[2 * m];
        arcEdge = new int[2 * m];
        int[] next = java.util.Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            int a = source[e], b = target[e];
            int i = next[a]++;
            neighbours[i] = b;
            arcEdge[i] = e;
            int j = next[b]++;
            neighbours[j] = a;
            arcEdge[j] = e;
        }
    }

    /**
     * A graph of {@code n} vertices and the edges {@code source[e]}-{@code target[e]}. The edges must be simple (no
     * self-loops, no pair twice); self-loops are refused, repeated pairs are the caller's to remove.
     */
    public static CompactGraph of(int n, int[] source, int[] target) {
        if (source.length != target.length) throw new IllegalArgumentException("source and target differ in length");
        return new CompactGraph(n, source.clone(), target.clone());
    }

    /** As {@link #of} but taking ownership of the arrays (no copy), for large graphs. */
    public static CompactGraph wrap(int n, int[] source, int[] target) {
        if (source.length != target.length) throw new IllegalArgumentException("source and target differ in length");
        return new CompactGraph(n, source, target);
    }

    public int vertexCount() {
        return n;
    }

    public int edgeCount() {
        return source.length;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    public int source(int e) {
        return source[e];
    }

    public int target(int e) {
        return target[e];
    }

    /** The neighbours of v (a copy). */
    public int[] neighboursOf(int v) {
        return java.util.Arrays.copyOfRange(neighbours, offsets[v], offsets[v + 1]);
    }

    // ---- JGraphT Graph (read-only) ----

    @Override
    public Set<Integer> getAllEdges(Integer u, Integer v) {
        Integer e = getEdge(u, v);
        return e == null ? Set.of() : Set.of(e);
    }

    @Override
    public Integer getEdge(Integer u, Integer v) {
        if (!containsVertex(u) || !containsVertex(v)) return null;
        int a = u, b = v;
        if (degree(b) < degree(a)) { int t = a; a = b; b = t; }
        for (int i = offsets[a]; i < offsets[a + 1]; i++) if (neighbours[i] == b) return arcEdge[i];
        return null;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public boolean addEdge(Integer u, Integer v, Integer e) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public Integer addVertex() {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public boolean addVertex(Integer v) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public boolean containsEdge(Integer e) {
        return e != null && e >= 0 && e < source.length;
    }

    @Override
    public boolean containsVertex(Integer v) {
        return v != null && v >= 0 && v < n;
    }

    @Override
    public Set<Integer> edgeSet() {
        return new Range(source.length);
    }

    @Override
    public int degreeOf(Integer v) {
        assertVertexExist(v);
        return degree(v);
    }

    @Override
    public Set<Integer> edgesOf(Integer v) {
        assertVertexExist(v);
        return new Arcs(offsets[v], offsets[v + 1]);
    }

    @Override
    public int inDegreeOf(Integer v) {
        return degreeOf(v);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer v) {
        return edgesOf(v);
    }

    @Override
    public int outDegreeOf(Integer v) {
        return degreeOf(v);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer v) {
        return edgesOf(v);
    }

    @Override
    public Integer removeEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    @Override
    public Set<Integer> vertexSet() {
        return new Range(n);
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        return source[e];
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        return target[e];
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw new UnsupportedOperationException("a CompactGraph cannot be changed");
    }

    /** 0..size-1 as an unmodifiable set. */
    private static final class Range extends AbstractSet<Integer> {
        private final int size;

        Range(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && i < size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) throw new NoSuchElementException();
                    return next++;
                }
            };
        }
    }

    /** The edges at one vertex, as a view of its slice of {@code arcEdge}. */
    private final class Arcs extends AbstractSet<Integer> {
        private final int from, to;

        Arcs(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Integer e)) return false;
            for (int i = from; i < to; i++) if (arcEdge[i] == e) return true;
            return false;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int i = from;

                @Override
                public boolean hasNext() {
                    return i < to;
                }

                @Override
                public Integer next() {
                    if (i >= to) throw new NoSuchElementException();
                    return arcEdge[i++];
                }
            };
        }
    }
}
