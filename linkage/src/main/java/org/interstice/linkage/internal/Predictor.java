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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var kf = new ArrayList<Future<?>>();
            for (int r = 0; r < nr; r++) {
                final int rr = r;
                kf.add(pool.submit(() -> keys[rr] = Pairs.keys(rules.get(rr), d)));
            }
            for (var f : kf) f.get();
            var all = new Edges();
            var stats = new ArrayList<RuleStats>();
            long compared = 0;
            for (int r = 0; r < nr; r++) {
                long t0 = System.nanoTime();
                Blocks blocks = Blocks.build(keys[r], d.size);
                int capped = 0;
                long cappedRecords = 0;
                for (int g = 0; g < blocks.groups; g++) {
                    if (blocks.size(g) > blockCap) {
                        capped++;
                        cappedRecords += blocks.size(g);
                        for (int i = blocks.start[g]; i < blocks.start[g + 1]; i++) keys[r][blocks.members[i]] = BlockingRule.NO_KEY;
                    }
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
                                        for (int j = split; j < en; j++) local += score(d, sc, keys, rule, mem[i], mem[j], s, e, keepWeight);
                                    }
                                } else {
                                    for (int i = st; i < en; i++) {
                                        for (int j = i + 1; j < en; j++) local += score(d, sc, keys, rule, mem[i], mem[j], s, e, keepWeight);
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

    private static int score(Dataset d, Scorer sc, long[][] keys, int rule, int a, int b, Scratch s, Edges e, double keep) {
        if (Pairs.seenBefore(keys, rule, a, b)) return 0;
        double w = sc.score(d, a, b, s, true);
        if (w >= keep) e.add(a, b, (float) w);
        return 1;
    }
}
