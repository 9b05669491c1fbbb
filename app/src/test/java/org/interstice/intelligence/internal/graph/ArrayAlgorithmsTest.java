package org.interstice.intelligence.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our array implementations against JGraphT's own algorithms on the same random graphs: the same groups, the same
 * betweenness and PageRank scores, and a valid label-propagation partition. ADR 0017.
 */
class ArrayAlgorithmsTest {

    /** A seeded simple random graph (some isolated vertices and small groups at low density), as both kinds of graph. */
    record Pair(CompactGraph compact, Graph<Integer, DefaultEdge> jgrapht) {
    }

    static Pair random(int n, int m, long seed) {
        Random rnd = new Random(seed);
        Set<Long> seen = new HashSet<>();
        int[] a = new int[m], b = new int[m];
        int k = 0;
        while (k < m) {
            int x = rnd.nextInt(n), y = rnd.nextInt(n);
            if (x == y || !seen.add((long) Math.min(x, y) * n + Math.max(x, y))) continue;
            a[k] = x;
            b[k++] = y;
        }
        Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) j.addVertex(v);
        for (int e = 0; e < m; e++) j.addEdge(a[e], b[e]);
        return new Pair(CompactGraph.of(n, a, b), j);
    }

    @ParameterizedTest
    @CsvSource({"60, 50, 1", "300, 320, 2", "2000, 1800, 3", "2000, 8000, 4"})
    void connected_groups_are_the_same_partition_as_jgrapht(int n, int m, long seed) {
        Pair p = random(n, m, seed);
        Set<Set<Integer>> ours = new HashSet<>(new ArrayComponents(p.compact()).sets());
        Set<Set<Integer>> theirs = new HashSet<>(new ConnectivityInspector<>(p.jgrapht()).connectedSets());
        assertThat(ours).isEqualTo(theirs);
    }

    @ParameterizedTest
    @CsvSource({"60, 50, 1, true", "300, 320, 2, false", "800, 2400, 5, true", "1500, 1400, 6, true"})
    void exact_betweenness_matches_jgrapht(int n, int m, long seed, boolean normalise) {
        Pair p = random(n, m, seed);
        Map<Integer, Double> theirs = new BetweennessCentrality<>(p.jgrapht(), normalise).getScores();
        ArrayBetweenness.Result ours = new ArrayBetweenness(p.compact(),
                ArrayBetweenness.DEFAULTS.withNormalise(normalise).withThreads(2)).result();
        assertThat(ours.sampled()).isFalse();
        for (int v = 0; v < n; v++) {
            double expected = theirs.get(v);
            assertThat(ours.scores()[v]).as("vertex %d", v).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, expected)));
        }
    }

    @Test
    void betweenness_is_exact_on_graphs_deeper_than_a_hundred_levels() {
        // a 450-vertex path with a few chords: breadth-first searches run hundreds of levels deep
        Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        List<int[]> edges = new ArrayList<>();
        for (int v = 0; v < 450; v++) j.addVertex(v);
        for (int v = 0; v < 449; v++) edges.add(new int[]{v, v + 1});
        edges.add(new int[]{10, 14});
        edges.add(new int[]{200, 203});
        edges.add(new int[]{300, 310});
        for (int[] e : edges) j.addEdge(e[0], e[1]);
        CompactGraph g = CompactGraph.of(450, edges.stream().mapToInt(e -> e[0]).toArray(), edges.stream().mapToInt(e -> e[1]).toArray());
        Map<Integer, Double> theirs = new BetweennessCentrality<>(j, false).getScores();
        double[] ours = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withNormalise(false)).result().scores();
        for (int v = 0; v < 450; v++) assertThat(ours[v]).as("vertex %d", v).isCloseTo(theirs.get(v), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void betweenness_is_the_same_on_one_thread_and_on_two() {
        CompactGraph g = random(1200, 5000, 8).compact();
        double[] one = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withThreads(1)).result().scores();
        double[] two = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withThreads(2)).result().scores();
        for (int v = 0; v < one.length; v++) assertThat(two[v]).isCloseTo(one[v], org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void above_the_limit_betweenness_is_sampled_and_its_stated_error_covers_the_real_error() {
        CompactGraph g = random(3000, 15000, 9).compact();
        double[] exact = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withNormalise(true)).result().scores();
        ArrayBetweenness.Result sampled = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withLimit(1000, 300)).result();
        assertThat(sampled.sampled()).isTrue();
        assertThat(sampled.sampledSources()).isEqualTo(300);
        assertThat(sampled.sampledVertices()).isGreaterThan(2900);
        // the stated typical error (mean standard error) is the size of the real error: the mean absolute error
        // against the exact scores is between half and twice of it
        double absError = 0, exactTotal = 0;
        for (int v = 0; v < exact.length; v++) {
            absError += Math.abs(sampled.scores()[v] - exact[v]);
            exactTotal += exact[v];
        }
        double meanAbsError = absError / exact.length;
        assertThat(meanAbsError).isBetween(0.5 * sampled.meanStandardError(), 2 * sampled.meanStandardError());
        // and the estimate is useful: from a tenth of the sources the typical error is under 40% of the typical score
        assertThat(meanAbsError).isLessThan(0.4 * exactTotal / exact.length);
        assertThat(sampled.meanStandardError()).isGreaterThan(0).isLessThanOrEqualTo(sampled.maxStandardError());
        // the same seed chooses the same sources (threads may add in another order: equal to rounding)
        double[] again = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withLimit(1000, 300)).result().scores();
        for (int v = 0; v < again.length; v++) assertThat(again[v]).isCloseTo(sampled.scores()[v], org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void a_group_at_or_below_the_limit_is_exact_even_when_a_larger_one_is_sampled() {
        // a 40-vertex path next to a dense 400-vertex group
        int[] a = new int[39 + 2000], b = new int[39 + 2000];
        for (int i = 0; i < 39; i++) { a[i] = i; b[i] = i + 1; }
        Pair dense = random(400, 2000, 10);
        for (int e = 0; e < 2000; e++) { a[39 + e] = 40 + dense.compact().source(e); b[39 + e] = 40 + dense.compact().target(e); }
        CompactGraph g = CompactGraph.of(440, a, b);
        ArrayBetweenness.Result r = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withLimit(100, 50).withNormalise(false)).result();
        assertThat(r.sampledGroups()).isEqualTo(1);
        // on a path of 40, vertex i lies between i*(39-i) pairs
        for (int i = 0; i < 40; i++) {
            assertThat(r.scores()[i]).isEqualTo(i * (39.0 - i));
            assertThat(r.standardError()[i]).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"60, 50, 1", "500, 400, 2", "3000, 12000, 3"})
    void pagerank_matches_jgrapht(int n, int m, long seed) {
        Pair p = random(n, m, seed);
        Map<Integer, Double> theirs = new PageRank<>(p.jgrapht(), 0.85, 100, 1e-6).getScores();
        double[] ours = new ArrayPageRank(p.compact(), 0.85, 100, 1e-6).scores();
        double total = 0;
        for (int v = 0; v < n; v++) {
            assertThat(ours[v]).as("vertex %d", v).isCloseTo(theirs.get(v), org.assertj.core.data.Offset.offset(1e-12));
            total += ours[v];
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"60, 50, 1", "500, 700, 2", "3000, 9000, 3"})
    void label_propagation_gives_a_partition_of_connected_communities_within_groups(int n, int m, long seed) {
        Pair p = random(n, m, seed);
        ClusteringAlgorithm.Clustering<Integer> clustering = new ArrayLabelPropagation(p.compact(), 11).getClustering();
        List<Set<Integer>> communities = new ArrayList<>();
        clustering.forEach(communities::add);
        // a partition: every vertex in exactly one community
        Set<Integer> all = new HashSet<>();
        int total = 0;
        for (Set<Integer> c : communities) {
            assertThat(c).isNotEmpty();
            all.addAll(c);
            total += c.size();
        }
        assertThat(all).hasSize(n);
        assertThat(total).isEqualTo(n);
        // each community is connected, and lies inside one connected group
        ArrayComponents groups = new ArrayComponents(p.compact());
        for (Set<Integer> c : communities) {
            assertThat(new ConnectivityInspector<>(new AsSubgraph<>(p.jgrapht(), c)).isConnected()).isTrue();
            assertThat(c.stream().map(groups::of).distinct()).hasSize(1);
        }
        // no finer than the groups and no coarser than JGraphT would allow: never more communities than vertices
        assertThat(communities.size()).isBetween(groups.count(), n);
        // seeded: the same seed gives the same communities
        assertThat(new ArrayLabelPropagation(p.compact(), 11).communities()).isEqualTo(new ArrayLabelPropagation(p.compact(), 11).communities());
    }

    @Test
    void label_propagation_separates_two_cliques_joined_by_one_edge_as_jgrapht_does() {
        // two 8-cliques joined by one edge: both algorithms find the two cliques
        List<int[]> edges = new ArrayList<>();
        for (int base : new int[]{0, 8}) for (int i = 0; i < 8; i++) for (int j = i + 1; j < 8; j++) edges.add(new int[]{base + i, base + j});
        edges.add(new int[]{7, 8});
        int[] a = edges.stream().mapToInt(e -> e[0]).toArray(), b = edges.stream().mapToInt(e -> e[1]).toArray();
        CompactGraph g = CompactGraph.of(16, a, b);
        Set<Set<Integer>> expected = Set.of(Set.of(0, 1, 2, 3, 4, 5, 6, 7), Set.of(8, 9, 10, 11, 12, 13, 14, 15));
        Set<Set<Integer>> ours = new HashSet<>();
        new ArrayLabelPropagation(g, 3).getClustering().forEach(ours::add);
        Set<Set<Integer>> theirs = new HashSet<>();
        new org.jgrapht.alg.clustering.LabelPropagationClustering<>(g, 0, new Random(3)).getClustering().forEach(theirs::add);
        assertThat(ours).isEqualTo(expected);
        assertThat(theirs).isEqualTo(expected);
    }

    @Test
    void jgrapht_algorithms_run_unchanged_on_the_compact_graph() {
        Pair p = random(400, 600, 12);
        CompactGraph g = p.compact();
        assertThat(g.vertexSet()).hasSize(400);
        assertThat(g.edgeSet()).hasSize(600);
        for (int v = 0; v < 400; v++) assertThat(g.degreeOf(v)).isEqualTo(p.jgrapht().degreeOf(v));
        // JGraphT's own betweenness on our graph agrees with JGraphT on its own graph
        Map<Integer, Double> onOurs = new BetweennessCentrality<>(g, true).getScores();
        Map<Integer, Double> onTheirs = new BetweennessCentrality<>(p.jgrapht(), true).getScores();
        onTheirs.forEach((v, s) -> assertThat(onOurs.get(v)).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-12)));
        // shortest paths have the same length
        var ours = new BFSShortestPath<>(g);
        var theirs = new BFSShortestPath<>(p.jgrapht());
        for (int t = 1; t < 400; t += 37) {
            var a = ours.getPath(0, t);
            var b = theirs.getPath(0, t);
            assertThat(a == null).isEqualTo(b == null);
            if (a != null) assertThat(a.getLength()).isEqualTo(b.getLength());
        }
        assertThat(g.getEdge(g.source(5), g.target(5))).isEqualTo(5);
        assertThat(g.getEdge(g.target(5), g.source(5))).isEqualTo(5);
        assertThatThrownBy(() -> g.addVertex(1000)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CompactGraph.of(3, new int[]{1}, new int[]{1})).hasMessageContaining("self-loop");
        assertThat(new ArrayComponents(g).sets()).isSortedAccordingTo(Comparator.comparingInt(s -> s.iterator().next()));
    }
}
