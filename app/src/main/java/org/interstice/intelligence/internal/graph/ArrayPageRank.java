package org.interstice.intelligence.internal.graph;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * PageRank by power iteration on a {@link CompactGraph}'s arrays: the same definition, stopping rule and results as
 * JGraphT's {@link org.jgrapht.alg.scoring.PageRank} on an undirected graph (each edge both ways; a vertex without
 * edges spreads its score over all vertices; stop when no score moves by {@code tolerance} or more, or after
 * {@code maxIterations}; here 0.85, 100 and 1e-10 unless given: with JGraphT's
 * usual 1e-4 a score of 1/100,000 would barely move from its start). It only avoids building JGraphT's maps and per-vertex lists. ADR 0017.
 */
public final class ArrayPageRank implements VertexScoringAlgorithm<Integer, Double> {

    private final CompactGraph g;
    private final double damping, tolerance;
    private final int maxIterations;
    private double[] scores;
    private int iterations;

    public ArrayPageRank(CompactGraph g) {
        this(g, 0.85, 100, 1e-10);
    }

    public ArrayPageRank(CompactGraph g, double damping, int maxIterations, double tolerance) {
        if (damping < 0 || damping > 1) throw new IllegalArgumentException("damping must be between 0 and 1");
        if (maxIterations <= 0 || tolerance <= 0) throw new IllegalArgumentException("iterations and tolerance must be positive");
        this.g = g;
        this.damping = damping;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Scores indexed by vertex (shared array: do not change). */
    public double[] scores() {
        if (scores == null) compute();
        return scores;
    }

    public int iterations() {
        scores();
        return iterations;
    }

    @Override
    public Map<Integer, Double> getScores() {
        double[] s = scores();
        Map<Integer, Double> out = new HashMap<>(s.length * 2);
        for (int v = 0; v < s.length; v++) out.put(v, s[v]);
        return out;
    }

    @Override
    public Double getVertexScore(Integer v) {
        if (!g.containsVertex(v)) throw new IllegalArgumentException("Cannot return score of unknown vertex");
        return scores()[v];
    }

    private void compute() {
        int n = g.vertexCount();
        int[] off = g.offsets, nb = g.neighbours;
        double[] cur = new double[n], next = new double[n], share = new double[n];
        java.util.Arrays.fill(cur, n == 0 ? 0 : 1.0 / n);
        double maxChange = tolerance;
        int left = maxIterations;
        iterations = 0;
        while (left > 0 && maxChange >= tolerance) {
            double r = 0;
            for (int v = 0; v < n; v++) {
                int degree = off[v + 1] - off[v];
                if (degree > 0) {
                    r += (1 - damping) * cur[v];
                    share[v] = damping * cur[v] / degree;
                } else {
                    r += cur[v];
                    share[v] = 0;
                }
            }
            r /= n;
            maxChange = 0;
            for (int v = 0; v < n; v++) {
                double contribution = 0;
                for (int i = off[v], end = off[v + 1]; i < end; i++) contribution += share[nb[i]];
                double value = r + contribution;
                maxChange = Math.max(maxChange, Math.abs(value - cur[v]));
                next[v] = value;
            }
            double[] t = cur; cur = next; next = t;
            left--;
            iterations++;
        }
        scores = cur;
    }
}
