import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.interstice.intelligence.internal.graph.ArrayBetweenness;
import org.interstice.intelligence.internal.graph.ArrayComponents;
import org.interstice.intelligence.internal.graph.ArrayLabelPropagation;
import org.interstice.intelligence.internal.graph.ArrayPageRank;
import org.interstice.intelligence.internal.graph.CompactGraph;

/**
 * Network analysis benchmark (issue 7) on the graph sizes the issue names, with exactly the classes the application's
 * Network uses (CompactGraph, a read-only JGraphT Graph over CSR arrays, and our array algorithms; ADR 0017). Writes
 * each edge list to bench/results/ so igraph_bench.py measures exactly the same graphs. Seeded. Prints wall time and
 * process CPU time (all threads, including GC), the figure that survives a busy shared machine.
 *
 *   see bench/network/README.md for the one command
 */
public class NetworkBench {

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : ArrayBetweenness.DEFAULTS.samples();
        Path out = Path.of("bench/results");
        Files.createDirectories(out);
        System.out.printf("processors %d, load average %.2f, samples %d%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), samples);

        int[][] big = randomEdges(100_000, 1_000_000, 42);
        write(out.resolve("graph-100k-1m.txt"), big);
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime(), cpuStart = cpuNow();
            long t = System.nanoTime();
            CompactGraph g = CompactGraph.of(100_000, big[0], big[1]);
            double tb = secs(t);
            t = System.nanoTime();
            int components = new ArrayComponents(g).count();
            double tc = secs(t);
            t = System.nanoTime();
            long degreeSum = 0;
            for (int v = 0; v < g.vertexCount(); v++) degreeSum += g.degree(v);
            double td = secs(t);
            t = System.nanoTime();
            ArrayPageRank pr = new ArrayPageRank(g);
            double[] scores = pr.scores();
            double tp = secs(t);
            t = System.nanoTime();
            ArrayLabelPropagation lp = new ArrayLabelPropagation(g, 7);
            int communities = lp.count();
            double tl = secs(t);
            System.out.printf("run %d: 100k/1M build %.2f s, components %d (%.2f s), degree sum %d (%.2f s), pagerank %d scores in %d iterations (%.2f s), "
                            + "label propagation %d communities in %d rounds (%.2f s); total %.2f s wall, %.2f s CPU%n",
                    r + 1, tb, components, tc, degreeSum, td, scores.length, pr.iterations(), tp, communities, lp.rounds(), tl,
                    secs(start), cpu(cpuStart));
        }

        int[][] group = randomEdges(10_000, 100_000, 43);
        write(out.resolve("graph-10k-100k.txt"), group);
        CompactGraph h = CompactGraph.of(10_000, group[0], group[1]);
        double[] exact = null;
        for (int r = 0; r < Math.min(repeats, 2); r++) {
            long t = System.nanoTime(), c = cpuNow();
            ArrayBetweenness.Result b = new ArrayBetweenness(h).result();
            exact = b.scores();
            System.out.printf("run %d: exact betweenness 10k/100k (%d threads): %d scores, sampled %b, in %.2f s wall, %.2f s CPU%n",
                    r + 1, ArrayBetweenness.DEFAULTS.threads(), exact.length, b.sampled(), secs(t), cpu(c));
        }

        // sampled betweenness on the same group, forced (limit 0), against the exact scores
        for (int k : new int[]{samples / 2, samples, samples * 2}) {
            long t = System.nanoTime(), c = cpuNow();
            ArrayBetweenness.Result s = new ArrayBetweenness(h, ArrayBetweenness.DEFAULTS.withLimit(0, k)).result();
            double wall = secs(t), used = cpu(c);
            double meanAbs = 0, maxAbs = 0, meanExact = 0;
            for (int v = 0; v < exact.length; v++) {
                double e = Math.abs(s.scores()[v] - exact[v]);
                meanAbs += e;
                maxAbs = Math.max(maxAbs, e);
                meanExact += exact[v];
            }
            meanAbs /= exact.length;
            meanExact /= exact.length;
            System.out.printf("sampled betweenness 10k/100k from %d of 10000 sources: %.2f s wall, %.2f s CPU; normalised scores: "
                            + "mean |error| %.2e (%.1f%% of the mean score %.2e), max |error| %.2e; stated standard error mean %.2e, max %.2e; "
                            + "top 1%% agreement %.0f%%, top 10%% agreement %.0f%%%n",
                    k, wall, used, meanAbs, 100 * meanAbs / meanExact, meanExact, maxAbs, s.meanStandardError(), s.maxStandardError(),
                    100 * topAgreement(exact, s.scores(), 0.01), 100 * topAgreement(exact, s.scores(), 0.10));
        }

        // beyond the exact limit, as the application does: a 100,000-vertex group estimated from `samples` sources
        CompactGraph g = CompactGraph.of(100_000, big[0], big[1]);
        long t = System.nanoTime(), c = cpuNow();
        ArrayBetweenness.Result s = new ArrayBetweenness(g, ArrayBetweenness.DEFAULTS.withLimit(ArrayBetweenness.DEFAULTS.exactLimit(), samples)).result();
        System.out.printf("sampled betweenness 100k/1M (group above the %d limit) from %d sources: %.2f s wall, %.2f s CPU; stated standard error mean %.2e (mean score %.2e)%n",
                ArrayBetweenness.DEFAULTS.exactLimit(), s.sampledSources(), secs(t), cpu(c), s.meanStandardError(),
                Arrays.stream(s.scores()).average().orElse(0));
    }

    /** Share of the exact top fraction of vertices that the estimate also puts in its top fraction. */
    static double topAgreement(double[] exact, double[] estimate, double fraction) {
        int k = Math.max(1, (int) Math.round(exact.length * fraction));
        Set<Integer> a = top(exact, k), b = top(estimate, k);
        a.retainAll(b);
        return (double) a.size() / k;
    }

    static Set<Integer> top(double[] s, int k) {
        Integer[] idx = new Integer[s.length];
        for (int i = 0; i < s.length; i++) idx[i] = i;
        Arrays.sort(idx, (x, y) -> Double.compare(s[y], s[x]));
        return new HashSet<>(Arrays.asList(idx).subList(0, k));
    }

    /** A simple random graph's edge list (no self-loops, no pair twice) as two int arrays. */
    static int[][] randomEdges(int n, int m, long seed) {
        Random rnd = new Random(seed);
        Set<Long> seen = new HashSet<>();
        int[] a = new int[m], b = new int[m];
        int k = 0;
        while (k < m) {
            int x = rnd.nextInt(n), y = rnd.nextInt(n);
            if (x == y) continue;
            long key = (long) Math.min(x, y) * n + Math.max(x, y);
            if (seen.add(key)) {
                a[k] = x;
                b[k++] = y;
            }
        }
        return new int[][]{a, b};
    }

    static void write(Path file, int[][] edges) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int e = 0; e < edges[0].length; e++) w.write(edges[0][e] + " " + edges[1][e] + "\n");
        }
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** CPU seconds used by the whole process (every thread, GC included) since {@code start}. */
    static double cpu(long start) {
        return (OS.getProcessCpuTime() - start) / 1e9;
    }

    static long cpuNow() {
        return OS.getProcessCpuTime();
    }
}
