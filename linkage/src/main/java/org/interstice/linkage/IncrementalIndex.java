package org.interstice.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.internal.BlockingRule;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.LongIntMap;
import org.interstice.linkage.internal.Scorer;
import org.interstice.linkage.internal.Similarity.Scratch;

/**
 * An indexed population for scoring one new record at a time through the model's blocking rules (hash
 * indexes; never a scan). Term frequencies come from the indexed records. Thread-safe (methods synchronise).
 */
public final class IncrementalIndex {
    /** Candidates below this probability are not returned by {@link #candidates(Record)}. */
    public static final double DEFAULT_MIN_PROBABILITY = 0.01;

    private final LinkageModel model;
    private final Scorer scorer;
    private final Dataset data;
    private final List<BlockingRule> rules;
    private final LongIntMap[] heads, sizes;
    /** For rules with several keys per record (cross-column address parts, identifier keying errors). */
    private final Map<Long, List<Integer>>[] multiHeads;
    private int[][] next;
    private boolean[] removed = new boolean[64];
    private final Map<String, Integer> rows = new HashMap<>();
    private final Scratch scratch = new Scratch();
    /**
     * Blocks above this many indexed records are not scanned for a query (the batch cap is larger): a query
     * must stay fast, and a record in a huge block (a very common name) is still reached by its other rules.
     */
    public static final int DEFAULT_QUERY_BLOCK_CAP = 128;
    private int blockCap = DEFAULT_QUERY_BLOCK_CAP;
    private int[] seen = new int[64];
    private int stamp;

    public IncrementalIndex(LinkageModel model) {
        this.model = model;
        this.scorer = model.scorer();
        this.data = new Dataset(model.schema());
        this.rules = model.blockingRules();
        this.heads = new LongIntMap[rules.size()];
        this.sizes = new LongIntMap[rules.size()];
        this.next = new int[rules.size()][64];
        @SuppressWarnings("unchecked")
        Map<Long, List<Integer>>[] mh = new Map[rules.size()];
        for (int r = 0; r < rules.size(); r++) if (rules.get(r).multi()) mh[r] = new HashMap<>();
        this.multiHeads = mh;
        for (int r = 0; r < rules.size(); r++) {
            heads[r] = new LongIntMap(1024);
            sizes[r] = new LongIntMap(1024);
        }
    }

    /** Changes the largest block scanned per query (default {@value #DEFAULT_QUERY_BLOCK_CAP}). */
    public synchronized void setBlockCap(int cap) {
        this.blockCap = Math.max(2, cap);
    }

    public LinkageModel model() {
        return model;
    }

    public synchronized int size() {
        return rows.size();
    }

    /** Adds (or replaces, by id) a record of the population. */
    public synchronized void add(Record r) {
        if (rows.containsKey(r.id())) remove(r.id());
        int row = data.add(r, (byte) 0, true);
        if (removed.length <= row) {
            int n = Math.max(row + 1, removed.length * 2);
            removed = Arrays.copyOf(removed, n);
            seen = Arrays.copyOf(seen, n);
            for (int k = 0; k < next.length; k++) next[k] = Arrays.copyOf(next[k], n);
        }
        for (int k = 0; k < rules.size(); k++) {
            BlockingRule rule = rules.get(k);
            if (rule.multi()) { // several keys per record (kept in a side index)
                for (long key : rule.keys(data, row)) {
                    multiHeads[k].computeIfAbsent(key, x -> new ArrayList<>()).add(row);
                }
                next[k][row] = -1;
                continue;
            }
            long key = rule.key(data, row);
            if (key == BlockingRule.NO_KEY) {
                next[k][row] = -1;
                continue;
            }
            next[k][row] = heads[k].put(key, row, -1);
            sizes[k].put(key, sizes[k].get(key, 0) + 1, 0);
        }
        rows.put(r.id(), row);
    }

    /** Removes a record; returns false when no record has that id. */
    public synchronized boolean remove(String id) {
        Integer row = rows.remove(id);
        if (row == null) return false;
        removed[row] = true;
        data.uncount(row);
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k).multi()) {
                for (long key : rules.get(k).keys(data, row)) {
                    List<Integer> l = multiHeads[k].get(key);
                    if (l != null) l.remove(Integer.valueOf(row));
                }
                continue;
            }
            long key = rules.get(k).key(data, row);
            if (key != BlockingRule.NO_KEY) sizes[k].put(key, sizes[k].get(key, 1) - 1, 0);
        }
        return true;
    }

    /** Blocked candidates with match probability at least 0.01, best first. */
    public List<Candidate> candidates(Record r) {
        return candidates(r, DEFAULT_MIN_PROBABILITY, Integer.MAX_VALUE);
    }

    /** Blocked candidates scored against {@code r}, best first, at most {@code limit}. */
    public synchronized List<Candidate> candidates(Record r, double minProbability, int limit) {
        int q = data.add(r, (byte) 1, false);
        try {
            if (seen.length <= q) seen = Arrays.copyOf(seen, q * 2 + 1);
            stamp++;
            double minWeight = Probability.weightOf(minProbability);
            int[] found = new int[16];
            double[] weights = new double[16];
            int nf = 0;
            for (int k = 0; k < rules.size(); k++) {
                if (rules.get(k).multi()) {
                    for (long key : rules.get(k).keys(data, q)) {
                        List<Integer> l = multiHeads[k].get(key);
                        if (l == null || l.size() > blockCap) continue;
                        for (int row : l) {
                            if (removed[row] || seen[row] == stamp) continue;
                            seen[row] = stamp;
                            double w = scorer.score(data, q, row, scratch, true);
                            if (w < minWeight) continue;
                            if (nf == found.length) {
                                found = Arrays.copyOf(found, nf * 2);
                                weights = Arrays.copyOf(weights, nf * 2);
                            }
                            found[nf] = row;
                            weights[nf++] = w;
                        }
                    }
                    continue;
                }
                long key = rules.get(k).key(data, q);
                if (key == BlockingRule.NO_KEY || sizes[k].get(key, 0) > blockCap) continue;
                for (int row = heads[k].get(key, -1); row >= 0; row = next[k][row]) {
                    if (removed[row] || seen[row] == stamp) continue;
                    seen[row] = stamp;
                    double w = scorer.score(data, q, row, scratch, true);
                    if (w < minWeight) continue;
                    if (nf == found.length) {
                        found = Arrays.copyOf(found, nf * 2);
                        weights = Arrays.copyOf(weights, nf * 2);
                    }
                    found[nf] = row;
                    weights[nf++] = w;
                }
            }
            Integer[] order = new Integer[nf];
            for (int i = 0; i < nf; i++) order[i] = i;
            final double[] ws = weights;
            final int[] fs = found;
            Arrays.sort(order, (x, y) -> ws[x] != ws[y] ? Double.compare(ws[y], ws[x])
                    : data.recordIds[fs[x]].compareTo(data.recordIds[fs[y]]));
            var out = new ArrayList<Candidate>(Math.min(nf, limit));
            for (int i = 0; i < nf && out.size() < limit; i++) {
                int row = found[order[i]];
                Explanation e = scorer.explain(data, q, row, true);
                out.add(new Candidate(data.recordIds[row], weights[order[i]], Probability.of(weights[order[i]]), e));
            }
            return out;
        } finally {
            data.dropLast();
        }
    }

    /** Compares a new record with one indexed record (term frequencies from the population). */
    public synchronized Comparison compare(Record r, String indexedId) {
        Integer row = rows.get(indexedId);
        if (row == null) throw new IllegalArgumentException("no indexed record with id " + indexedId);
        int q = data.add(r, (byte) 1, false);
        try {
            Explanation e = scorer.explain(data, q, row, true);
            double w = e.matchWeight();
            return new Comparison(w, Probability.of(w), e, e.strongContraryEvidence());
        } finally {
            data.dropLast();
        }
    }
}
