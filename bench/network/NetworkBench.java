import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Network analysis benchmark (issue 7): JGraphT on the graph sizes the issue names. Writes each edge list to
 * bench/results/ so igraph_bench.py measures exactly the same graphs. Seeded; no wall-clock dependence beyond timing.
 *
 *   java -Xmx3g -cp "$(cat /tmp/cp.txt)" bench/network/NetworkBench.java [repeats]
 */
public class NetworkBench {

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path out = Path.of("bench/results");
        Files.createDirectories(out);

        List<Pair<Integer, Integer>> big = randomEdges(100_000, 1_000_000, 42);
        write(out.resolve("graph-100k-1m.txt"), big);
        long t0 = System.nanoTime(), c0 = cpuNow();
        Graph<Integer, DefaultEdge> g = graph(100_000, big);
        System.out.printf("build 100k/1M JGraphT SimpleGraph: %.2f s wall, %.2f s CPU%n", secs(t0), cpu(c0));
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime(), cpuStart = cpuNow();
            long t = System.nanoTime();
            int components = new ConnectivityInspector<>(g).connectedSets().size();
            double tc = secs(t);
            t = System.nanoTime();
            long degreeSum = 0;
            for (int v = 0; v < 100_000; v++) degreeSum += g.degreeOf(v);
            double td = secs(t);
            t = System.nanoTime();
            var pr = new PageRank<>(g, 0.85, 100, 1e-6).getScores();
            double tp = secs(t);
            t = System.nanoTime();
            int communities = new LabelPropagationClustering<>(g, 0, new Random(7)).getClustering().getNumberClusters();
            double tl = secs(t);
            System.out.printf("run %d: components %d (%.2f s), degree sum %d (%.2f s), pagerank %d (%.2f s), label propagation %d communities (%.2f s); total %.2f s wall, %.2f s CPU%n",
                    r + 1, components, tc, degreeSum, td, pr.size(), tp, communities, tl, secs(start), cpu(cpuStart));
        }

        List<Pair<Integer, Integer>> group = randomEdges(10_000, 100_000, 43);
        write(out.resolve("graph-10k-100k.txt"), group);
        Graph<Integer, DefaultEdge> h = graph(10_000, group);
        for (int r = 0; r < Math.min(repeats, 2); r++) {
            long t = System.nanoTime(), c = cpuNow();
            var b = new BetweennessCentrality<>(h, false).getScores();
            System.out.printf("run %d: exact betweenness 10k/100k: %d scores in %.2f s wall, %.2f s CPU%n", r + 1, b.size(), secs(t), cpu(c));
        }
    }

    /** A connected-ish random multigraph-free edge list: a ring keeps one giant component, the rest are random pairs. */
    static List<Pair<Integer, Integer>> randomEdges(int n, int m, long seed) {
        Random rnd = new Random(seed);
        Set<Long> seen = new HashSet<>();
        List<Pair<Integer, Integer>> edges = new ArrayList<>(m);
        while (edges.size() < m) {
            int a = rnd.nextInt(n), b = rnd.nextInt(n);
            if (a == b) continue;
            long key = (long) Math.min(a, b) * n + Math.max(a, b);
            if (seen.add(key)) edges.add(Pair.of(a, b));
        }
        return edges;
    }

    /** The same JGraphT graph type the application's Network uses (SimpleGraph with DefaultEdge). */
    static Graph<Integer, DefaultEdge> graph(int n, List<Pair<Integer, Integer>> edges) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) g.addVertex(v);
        for (var e : edges) g.addEdge(e.getFirst(), e.getSecond());
        return g;
    }

    static void write(Path file, List<Pair<Integer, Integer>> edges) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (var e : edges) w.write(e.getFirst() + " " + e.getSecond() + "\n");
        }
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU seconds used by this (single) thread since {@code start}: the figure that survives a busy shared machine. */
    static double cpu(long start) {
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
