package org.interstice.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth.
 *
 * <p>A predicted pair is two records in the same predicted cluster; a true pair is two records of the same entity.
 * In dedupe mode every pair counts; in link mode only pairs with one record from each side (left-right) count.
 * Records absent from the clusters are singletons; records absent from the truth are their own entity.
 * Counts come from the cluster x entity contingency table, so no pair is ever enumerated.
 */
public final class PairwiseF1 {

    public enum Side { ANY, LEFT, RIGHT }

    /** Pair counts and the measures derived from them. */
    public record Result(long truePositives, long predictedPairs, long truePairs, long records) {
        public double precision() {
            return predictedPairs == 0 ? (truePairs == 0 ? 1.0 : 0.0) : (double) truePositives / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision %.6f  recall %.6f  f1 %.6f  tp %d  predicted_pairs %d  true_pairs %d"
                    + "  records %d", precision(), recall(), f1(), truePositives, predictedPairs, truePairs, records);
        }
    }

    private final boolean link;
    private final Map<String, Side> sides = new HashMap<>();
    private final Map<String, String> predicted = new HashMap<>();
    private final Map<String, String> truth = new HashMap<>();

    private PairwiseF1(boolean link) {
        this.link = link;
    }

    public static PairwiseF1 dedupe() {
        return new PairwiseF1(false);
    }

    public static PairwiseF1 link() {
        return new PairwiseF1(true);
    }

    private static String key(Side side, String recordId) {
        return side == Side.ANY ? recordId : side.name() + '\u0000' + recordId;
    }

    /** Records that a record was put in a predicted cluster. */
    public PairwiseF1 predicted(Side side, String recordId, String clusterId) {
        String k = key(side, recordId);
        sides.put(k, side);
        predicted.put(k, clusterId);
        return this;
    }

    /** Records the entity a record truly belongs to. */
    public PairwiseF1 truth(Side side, String recordId, String entityId) {
        String k = key(side, recordId);
        sides.put(k, side);
        truth.put(k, entityId);
        return this;
    }

    /** Records in the clusters that have no truth (ids that do not match the truth: usually a mistake). */
    public long unknownRecords() {
        return predicted.keySet().stream().filter(k -> !truth.containsKey(k)).count();
    }

    public Result result() {
        // per cluster, per entity and per (cluster, entity) cell: counts of [left, right] or [all, 0]
        Map<String, long[]> byCluster = new HashMap<>();
        Map<String, long[]> byEntity = new HashMap<>();
        Map<String, long[]> byCell = new HashMap<>();
        for (Map.Entry<String, Side> e : sides.entrySet()) {
            String k = e.getKey();
            int slot = e.getValue() == Side.RIGHT ? 1 : 0;
            String cluster = predicted.getOrDefault(k, "\u0001singleton\u0001" + k);
            String entity = truth.getOrDefault(k, "\u0001unknown\u0001" + k);
            byCluster.computeIfAbsent(cluster, x -> new long[2])[slot]++;
            byEntity.computeIfAbsent(entity, x -> new long[2])[slot]++;
            byCell.computeIfAbsent(cluster + '\u0002' + entity, x -> new long[2])[slot]++;
        }
        return new Result(pairs(byCell), pairs(byCluster), pairs(byEntity), sides.size());
    }

    private long pairs(Map<String, long[]> groups) {
        long total = 0;
        for (long[] n : groups.values()) {
            total += link ? n[0] * n[1] : n[0] * (n[0] - 1) / 2;
        }
        return total;
    }
}
