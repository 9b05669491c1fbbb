package org.interstice.intelligence.internal.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Brandes betweenness centrality on a {@link CompactGraph}'s arrays, with the same scores as JGraphT's
 * {@link org.jgrapht.alg.scoring.BetweennessCentrality} (undirected: each path counted once; normalised by dividing by
 * (n-1)(n-2) as JGraphT does), but with one breadth-first search per source over int arrays and the sources shared
 * between threads.
 *
 * <p>Connected groups of at most {@code exactLimit} vertices are computed exactly, from every source. In a larger group
 * only {@code samples} sources, chosen at random with a fixed seed, are searched and each contributes
 * |group|/samples times its dependencies (Brandes and Pich's pivot estimate, unbiased). For those vertices the
 * standard error of the estimate is computed from the spread of the per-source dependencies (with the
 * finite-population correction), so the error is stated with the scores, not assumed. ADR 0017.
 */
public final class ArrayBetweenness implements VertexScoringAlgorithm<Integer, Double> {

    /** Exact up to 10,000 vertices per group; beyond, 1,000 sampled sources; seed 7; both processors. */
    public static final Options DEFAULTS = new Options(10_000, 1_000, 7L, Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /**
     * @param exactLimit the largest group computed exactly
     * @param samples sources per group above the limit
     * @param seed for choosing the sampled sources
     * @param threads worker threads
     * @param normalise divide by (n-1)(n-2), n the vertices of the whole graph, as JGraphT does
     */
    public record Options(int exactLimit, int samples, long seed, int threads, boolean normalise) {
        public Options {
            if (exactLimit < 0 || samples < 2 || threads < 1) throw new IllegalArgumentException("exactLimit >= 0, samples >= 2, threads >= 1");
        }

        public Options withNormalise(boolean value) {
            return new Options(exactLimit, samples, seed, threads, value);
        }

        public Options withThreads(int value) {
            return new Options(exactLimit, samples, seed, value, normalise);
        }

        public Options withLimit(int limit, int sampleCount) {
            return new Options(limit, sampleCount, seed, threads, normalise);
        }
    }

    /**
     * Scores per vertex; {@code standardError} is 0 for vertices whose group was computed exactly.
     * {@code sampledGroups} groups ({@code sampledVertices} vertices) were estimated from {@code sampledSources} sources.
     */
    public record Result(double[] scores, double[] standardError, int sampledGroups, int sampledVertices, int sampledSources) {
        public boolean sampled() {
            return sampledGroups > 0;
        }

        /** The mean standard error over the vertices of sampled groups (0 if none). */
        public double meanStandardError() {
            return aggregate(false);
        }

        /** The largest standard error of any vertex (0 if none sampled). */
        public double maxStandardError() {
            return aggregate(true);
        }

        private double aggregate(boolean max) {
            if (!sampled()) return 0;
            double sum = 0, top = 0;
            for (double e : standardError) {
                sum += e;
                top = Math.max(top, e);
            }
            return max ? top : sum / sampledVertices;
        }
    }

    private final CompactGraph g;
    private final Options options;
    private Result result;

    public ArrayBetweenness(CompactGraph g) {
        this(g, DEFAULTS);
    }

    public ArrayBetweenness(CompactGraph g, Options options) {
        this.g = g;
        this.options = options;
    }

    public Result result() {
        if (result == null) result = compute();
        return result;
    }

    @Override
    public Map<Integer, Double> getScores() {
        double[] s = result().scores();
        Map<Integer, Double> out = new HashMap<>(s.length * 2);
        for (int v = 0; v < s.length; v++) out.put(v, s[v]);
        return out;
    }

    @Override
    public Double getVertexScore(Integer v) {
        if (!g.containsVertex(v)) throw new IllegalArgumentException("Cannot return score of unknown vertex");
        return result().scores()[v];
    }

    private Result compute() {
        int n = g.vertexCount();
        ArrayComponents groups = new ArrayComponents(g);
        // sources and the weight each source's dependencies carry
        int[] sources;
        double[] weight = new double[groups.count()];
        boolean[] sampledGroup = new boolean[groups.count()];
        int sampledGroups = 0, sampledVertices = 0, sampledSources = 0, total = 0;
        int[] take = new int[groups.count()];
        for (int c = 0; c < groups.count(); c++) {
            int size = groups.size(c);
            if (size > options.exactLimit() && options.samples() < size) {
                sampledGroup[c] = true;
                take[c] = options.samples();
                weight[c] = (double) size / options.samples();
                sampledGroups++;
                sampledVertices += size;
                sampledSources += options.samples();
            } else {
                take[c] = size;
                weight[c] = 1;
            }
            total += take[c];
        }
        sources = new int[total];
        if (sampledGroups == 0) {
            for (int v = 0; v < n; v++) sources[v] = v;
        } else {
            // members of each group, then a seeded partial shuffle picks the sampled sources
            int[] start = new int[groups.count() + 1];
            for (int c = 0; c < groups.count(); c++) start[c + 1] = start[c] + groups.size(c);
            int[] members = new int[n], fill = start.clone();
            for (int v = 0; v < n; v++) members[fill[groups.of(v)]++] = v;
            SplittableRandom rnd = new SplittableRandom(options.seed());
            int k = 0;
            for (int c = 0; c < groups.count(); c++) {
                int from = start[c], size = groups.size(c);
                for (int i = 0; i < take[c]; i++) {
                    if (sampledGroup[c]) {
                        int j = i + rnd.nextInt(size - i);
                        int t = members[from + i]; members[from + i] = members[from + j]; members[from + j] = t;
                    }
                    sources[k++] = members[from + i];
                }
            }
        }

        int threads = n < 500 ? 1 : Math.min(options.threads(), Math.max(1, total / 16));
        Worker[] workers = new Worker[threads];
        AtomicInteger next = new AtomicInteger();
        boolean anySampled = sampledGroups > 0;
        for (int t = 0; t < threads; t++) workers[t] = new Worker(g, anySampled);
        if (threads == 1) {
            workers[0].run(sources, next, weight, groups);
        } else {
            Thread[] running = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                Worker w = workers[t];
                running[t] = new Thread(() -> w.run(sources, next, weight, groups), "betweenness-" + t);
                running[t].setDaemon(true);
                running[t].start();
            }
            for (Thread th : running) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while computing betweenness", e);
                }
            }
            for (Worker w : workers) if (w.failure != null) throw new IllegalStateException("betweenness failed", w.failure);
        }

        double[] scores = new double[n];
        double[] sum = anySampled ? new double[n] : null, sumSq = anySampled ? new double[n] : null;
        for (Worker w : workers) {
            for (int v = 0; v < n; v++) scores[v] += w.score[v];
            if (anySampled) for (int v = 0; v < n; v++) { sum[v] += w.sum[v]; sumSq[v] += w.sumSq[v]; }
        }
        double scale = 0.5; // undirected: each path was counted from both ends
        if (options.normalise() && n > 2) scale /= ((double) (n - 1) * (n - 2));
        double[] error = new double[n];
        for (int v = 0; v < n; v++) {
            scores[v] *= scale;
            int c = groups.of(v);
            if (sampledGroup[c]) {
                // per-source dependency d_s(v): estimate N/k * sum; its variance N^2/k * s^2 * (1 - k/N)
                int k = take[c];
                double size = groups.size(c);
                double mean = sum[v] / k;
                double var = Math.max(0, (sumSq[v] - k * mean * mean) / (k - 1));
                error[v] = scale * size * Math.sqrt(var / k * (1 - k / size));
            }
        }
        return new Result(scores, error, sampledGroups, sampledVertices, sampledSources);
    }

    /** One thread's workspace and running totals. */
    private static final class Worker {
        final int[] off, nb;
        final int[] dist, order;
        final double[] sigma, coef, score, sum, sumSq;
        Throwable failure;

        Worker(CompactGraph g, boolean sampled) {
            int n = g.vertexCount();
            off = g.offsets;
            nb = g.neighbours;
            dist = new int[n];
            java.util.Arrays.fill(dist, -1);
            order = new int[n];
            sigma = new double[n];
            coef = new double[n];
            score = new double[n];
            sum = sampled ? new double[n] : null;
            sumSq = sampled ? new double[n] : null;
        }

        void run(int[] sources, AtomicInteger next, double[] weight, ArrayComponents groups) {
            try {
                for (int i = next.getAndIncrement(); i < sources.length; i = next.getAndIncrement()) {
                    int s = sources[i];
                    double w = weight[groups.of(s)];
                    from(s, w, w != 1.0);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        /** One source: BFS counting shortest paths, then dependencies accumulated in reverse BFS order. */
        void from(int s, double weight, boolean sampled) {
            int[] off = this.off, nb = this.nb, dist = this.dist, order = this.order;
            double[] sigma = this.sigma, coef = this.coef;
            int head = 0, tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = order[head++];
                int dv = dist[v] + 1;
                double sv = sigma[v];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int x = nb[i];
                    int dx = dist[x];
                    if (dx < 0) {
                        dist[x] = dv;
                        sigma[x] = sv;
                        order[tail++] = x;
                    } else if (dx == dv) {
                        sigma[x] += sv;
                    }
                }
            }
            // dependencies pulled from the successors, deepest first: delta(v) = sigma(v) * sum over successors w of
            // (1 + delta(w)) / sigma(w); coef holds that quotient once w is done (reads only, no scattered writes)
            for (int j = tail - 1; j > 0; j--) { // the source itself (j = 0) scores nothing
                int x = order[j];
                int ds = dist[x] + 1;
                double pulled = 0;
                for (int i = off[x], end = off[x + 1]; i < end; i++) {
                    int w = nb[i];
                    if (dist[w] == ds) pulled += coef[w];
                }
                double d = sigma[x] * pulled;
                coef[x] = (1 + d) / sigma[x];
                score[x] += weight * d;
                if (sampled) {
                    sum[x] += d;
                    sumSq[x] += d * d;
                }
            }
            for (int j = 0; j < tail; j++) {
                int x = order[j];
                dist[x] = -1;
                sigma[x] = 0;
            }
        }
    }
}
