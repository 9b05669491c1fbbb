package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.interstice.linkage.internal.Similarity.Scratch;

/**
 * Blocking and scoring: a union of blocking rules over hash indexes. A pair produced by rule k is skipped when
 * an earlier rule's keys also agree (it was scored there). Blocks above the cap are skipped and reported.
 * Scoring runs on several threads; output order is deterministic.
 */
public final class Predictor {
    public static final int DEFAULT_BLOCK_CAP = 1_000;
    private static final int GROUPS_PER_CHUNK = 512;

    private Predictor() {
    }

    /** Scored pairs kept (weight at least the keep threshold). */
    public static final class Edges {
        public int[] a = new int[1024], b = new int[1024];
        public float[] w = new float[1024];
        public int size;

        public void add(int x, int y, float wt) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                w = Arrays.copyOf(w, size * 2);
            }
            a[size] = x;
            b[size] = y;
            w[size++] = wt;
        }

        void addAll(Edges o) {
            for (int i = 0; i < o.size; i++) add(o.a[i], o.b[i], o.w[i]);
        }
    }

    public record RuleStats(String rule, long pairs, int cappedBlocks, long cappedRecords) {
    }

    public record Result(Edges edges, List<RuleStats> rules, long compared) {
    }

    public static Result run(Dataset d, Scorer sc, List<BlockingRule> rules, boolean link, double keepWeight,
                             int threads, int blockCap, Consumer<String> log) {
        for (Column c : d.columns) c.prepareTf();
        int nr = rules.size();
        long[][] keys = new long[nr][];
        MultiKeys[] multi = new MultiKeys[nr];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var kf = new ArrayList<Future<?>>();
            for (int r = 0; r < nr; r++) {
                final int rr = r;
                if (rules.get(rr).multi()) kf.add(pool.submit(() -> multi[rr] = MultiKeys.of(rules.get(rr), d)));
                else kf.add(pool.submit(() -> keys[rr] = Pairs.keys(rules.get(rr), d)));
            }
            for (var f : kf) f.get();
            var all = new Edges();
            var stats = new ArrayList<RuleStats>();
            long compared = 0;
            for (int r = 0; r < nr; r++) {
                long t0 = System.nanoTime();
                final MultiKeys mk = multi[r];
                Blocks blocks = mk == null ? Blocks.build(keys[r], d.size) : Blocks.build(mk.flat, mk.flat.length);
                int capped = 0;
                long cappedRecords = 0;
                for (int g = 0; g < blocks.groups; g++) {
                    if (blocks.size(g) > blockCap) {
                        capped++;
                        cappedRecords += blocks.size(g);
                        for (int i = blocks.start[g]; i < blocks.start[g + 1]; i++) {
                            if (mk == null) keys[r][blocks.members[i]] = BlockingRule.NO_KEY;
                            else mk.capped[blocks.members[i]] = true;
                        }
                    }
                }
                final long[] groupKey = mk == null ? null : new long[blocks.groups];
                if (mk != null) { // block members are key entries: turn them into rows
                    for (int g = 0; g < blocks.groups; g++) groupKey[g] = mk.flat[blocks.members[blocks.start[g]]];
                    for (int i = 0; i < blocks.members.length; i++) blocks.members[i] = mk.row[blocks.members[i]];
                }
                int chunks = (blocks.groups + GROUPS_PER_CHUNK - 1) / GROUPS_PER_CHUNK;
                Edges[] out = new Edges[chunks];
                var next = new AtomicInteger();
                var pairs = new AtomicLong();
                final int rule = r;
                var futures = new ArrayList<Future<?>>();
                for (int t = 0; t < Math.max(1, threads); t++) {
                    futures.add(pool.submit(() -> {
                        var s = new Scratch();
                        long local = 0;
                        int ch;
                        while ((ch = next.getAndIncrement()) < chunks) {
                            var e = new Edges();
                            int gEnd = Math.min(blocks.groups, (ch + 1) * GROUPS_PER_CHUNK);
                            for (int g = ch * GROUPS_PER_CHUNK; g < gEnd; g++) {
                                int st = blocks.start[g], en = blocks.start[g + 1];
                                if (en - st > blockCap) continue;
                                int[] mem = blocks.members;
                                if (link) {
                                    int split = Pairs.split(blocks, g, d);
                                    for (int i = st; i < split; i++) {
                                        for (int j = split; j < en; j++) local += score(d, sc, keys, multi, rule, g, groupKey, mem[i], mem[j], s, e, keepWeight);
                                    }
                                } else {
                                    for (int i = st; i < en; i++) {
                                        for (int j = i + 1; j < en; j++) local += score(d, sc, keys, multi, rule, g, groupKey, mem[i], mem[j], s, e, keepWeight);
                                    }
                                }
                            }
                            out[ch] = e;
                        }
                        pairs.addAndGet(local);
                    }));
                }
                for (var f : futures) f.get();
                for (Edges e : out) all.addAll(e);
                stats.add(new RuleStats(rules.get(r).describe(d), pairs.get(), capped, cappedRecords));
                compared += pairs.get();
                log.accept(String.format("  rule %d %s: %,d pairs%s (%.2f s)", r + 1, rules.get(r).describe(d), pairs.get(),
                        capped > 0 ? String.format(", %d blocks over %d records skipped (%,d records)", capped, blockCap, cappedRecords) : "",
                        Trainer.secs(t0)));
            }
            return new Result(all, stats, compared);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Keys of a rule with several keys per record: entries (key, row), rows in order. */
    static final class MultiKeys {
        final long[] flat;
        final int[] row, off;
        final boolean[] capped;

        private MultiKeys(long[] flat, int[] row, int[] off) {
            this.flat = flat;
            this.row = row;
            this.off = off;
            this.capped = new boolean[flat.length];
        }

        static MultiKeys of(BlockingRule rule, Dataset d) {
            int[] off = new int[d.size + 1];
            long[][] per = new long[d.size][];
            for (int r = 0; r < d.size; r++) {
                per[r] = rule.keys(d, r);
                off[r + 1] = off[r] + per[r].length;
            }
            long[] flat = new long[off[d.size]];
            int[] row = new int[flat.length];
            for (int r = 0; r < d.size; r++) {
                System.arraycopy(per[r], 0, flat, off[r], per[r].length);
                java.util.Arrays.fill(row, off[r], off[r + 1], r);
            }
            return new MultiKeys(flat, row, off);
        }

        /** The smallest key rows a and b share outside skipped (capped) blocks, or NO_KEY when none. */
        long firstShared(int a, int b) {
            int i = off[a], ie = off[a + 1], j = off[b], je = off[b + 1];
            while (i < ie && j < je) {
                if (flat[i] < flat[j]) i++;
                else if (flat[i] > flat[j]) j++;
                else if (capped[i] || capped[j]) {
                    i++;
                    j++;
                } else {
                    return flat[i];
                }
            }
            return BlockingRule.NO_KEY;
        }
    }

    private static int score(Dataset d, Scorer sc, long[][] keys, MultiKeys[] multi, int rule, int g, long[] groupKey, int a, int b,
                             Scratch s, Edges e, double keep) {
        if (a == b) return 0; // one record under two of its keys
        for (int r = 0; r < rule; r++) {
            if (multi[r] == null) {
                long ka = keys[r][a];
                if (ka != BlockingRule.NO_KEY && ka == keys[r][b]) return 0;
            } else if (multi[r].firstShared(a, b) != BlockingRule.NO_KEY) {
                return 0;
            }
        }
        MultiKeys mk = multi[rule];
        if (mk != null && mk.firstShared(a, b) != groupKey[g]) return 0; // scored in the block of another shared key
        double w = sc.score(d, a, b, s, true);
        if (w >= keep) e.add(a, b, (float) w);
        return 1;
    }
}
