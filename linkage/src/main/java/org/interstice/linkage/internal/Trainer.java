package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.interstice.linkage.internal.Similarity.Scratch;

/**
 * Unsupervised training as in Splink: the prior from deterministic rules with an assumed recall; u from
 * seeded random pairs; m by expectation maximisation over several training blockings in turn, with u fixed
 * and the blocking's own fields left out of each pass. Deterministic for a given input and seed.
 */
public final class Trainer {
    public static final double ASSUMED_RECALL = 0.7;
    public static final long U_PAIRS = 1_000_000;
    public static final long EM_PAIRS = 300_000;
    public static final int EM_MAX_ITERATIONS = 25;
    public static final double EM_CONVERGENCE = 1e-4;
    public static final int TRAINING_BLOCK_CAP = 5_000;
    private static final int CHUNKS = 4;
    static final double MIN_P = 1e-6;

    private final Dataset d;
    private final boolean link;
    private final long seed;
    private final int threads;
    private final Consumer<String> log;
    private final List<FieldComparison> comps;
    private final int nLeft;
    /** Pairs a person decided (rows a, b): confirmed ones are certain matches in EM, rejected ones are left out. */
    private final Map<Long, Boolean> labels = new java.util.HashMap<>();

    public Trainer(Dataset d, boolean link, long seed, int threads, Consumer<String> log) {
        this.d = d;
        this.link = link;
        this.seed = seed;
        this.threads = Math.max(1, threads);
        this.log = log;
        this.comps = FieldComparison.forSchema(d.schema);
        int l = 0;
        while (l < d.size && d.side[l] == 0) l++;
        this.nLeft = link ? l : d.size;
    }

    /** Adds a pair a person decided (rows of the dataset): {@code match} true when confirmed, false when rejected. */
    public Trainer label(int a, int b, boolean match) {
        if (a != b) labels.put(pairKey(a, b), match);
        return this;
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    public record Result(double[][] m, double[][] u, double lambda, List<BlockingRule> rules, Map<String, String> notes) {
    }

    public Result train() {
        var notes = new TreeMap<String, String>();
        long t0 = System.nanoTime();
        double[][] u = estimateU(notes);
        log.accept(String.format("  u from %s random pairs (%.2f s)", notes.get("u_pairs"), secs(t0)));
        long t1 = System.nanoTime();
        double lambda = estimateLambda(notes);
        log.accept(String.format("  prior: %s deterministic pairs, lambda %.3g (%.2f s)", notes.get("deterministic_pairs"), lambda, secs(t1)));
        long t2 = System.nanoTime();
        double[][] m = estimateM(u, notes);
        log.accept(String.format("  m by EM (%.2f s)", secs(t2)));
        long t3 = System.nanoTime();
        if (!labels.isEmpty()) {
            long confirmed = labels.values().stream().filter(Boolean::booleanValue).count();
            notes.put("labelled_pairs", confirmed + " confirmed, " + (labels.size() - confirmed) + " rejected");
        }
        estimateHousehold(m, notes);
        if (notes.containsKey(HOUSEHOLD_NOTE)) {
            log.accept(String.format("  households: %s (%.2f s)", notes.get("household_pairs"), secs(t3)));
        }
        return new Result(m, u, lambda, Rules.prediction(d), notes);
    }

    /** Training note holding log2(co-resident matches / co-resident pairs of different people). */
    public static final String HOUSEHOLD_NOTE = "household_log2_odds";
    /** Co-resident pairs examined at most (a seeded sample beyond that). */
    static final long HOUSEHOLD_PAIRS = 1_000_000;

    /**
     * How common are different people of one household in this data, against the same person recorded twice
     * at one address? Among pairs agreeing on family name and the dwelling (every address and postcode column,
     * else the city) and sharing no identifier (the pairs the household rule applies to),
     * the pairs whose given names AND dates of birth both clearly differ are almost all different people
     * (a match has both wrong with probability m(given else) * m(dob else), from EM), while different people
     * of one household differ on both unless they are twins (1 - {@link Scorer#TWIN_SHARE}). Solving the two
     * counts for the mixture gives the prior odds of "same person" against "same household" that the
     * household rule uses (see {@link Scorer}). Deterministic; no labels.
     */
    private void estimateHousehold(double[][] m, Map<String, String> notes) {
        int nc = comps.size();
        int given = -1, family = -1, dob = -1;
        for (int c = 0; c < nc; c++) {
            var t = comps.get(c).field.type();
            if (t == org.interstice.linkage.FieldType.GIVEN_NAME && given < 0) given = c;
            if (t == org.interstice.linkage.FieldType.FAMILY_NAME && family < 0) family = c;
            if (t == org.interstice.linkage.FieldType.DOB && dob < 0) dob = c;
        }
        // the dwelling as exactly as the data gives it: every address and postcode column, else the city
        var place = new ArrayList<Integer>();
        for (int c = 0; c < nc; c++) {
            var t = comps.get(c).field.type();
            if (t == org.interstice.linkage.FieldType.ADDRESS || t == org.interstice.linkage.FieldType.POSTCODE) place.add(c);
        }
        if (place.isEmpty()) {
            for (int c = 0; c < nc && place.isEmpty(); c++) if (comps.get(c).field.type() == org.interstice.linkage.FieldType.CITY) place.add(c);
        }
        if (given < 0 || family < 0 || dob < 0 || place.isEmpty()) return;
        var parts = new ArrayList<BlockingRule.Part>();
        parts.add(new BlockingRule.Part(BlockingRule.Transform.VALUE, comps.get(family).column, -1));
        var placeNames = new ArrayList<String>();
        for (int c : place) {
            parts.add(new BlockingRule.Part(BlockingRule.Transform.VALUE, comps.get(c).column, -1));
            placeNames.add(comps.get(c).field.name());
        }
        var rule = new BlockingRule(parts);
        Blocks b = Blocks.build(Pairs.keys(rule, d), d.size);
        long total = 0;
        for (int g = 0; g < b.groups; g++) if (b.size(g) <= TRAINING_BLOCK_CAP) total += Pairs.count(b, g, d, link);
        final long threshold = total <= HOUSEHOLD_PAIRS ? Long.MAX_VALUE
                : (long) (HOUSEHOLD_PAIRS / (double) total * Long.MAX_VALUE);
        final long salt = seed * 0x9E3779B97F4A7C15L + 7919;
        final FieldComparison gc = comps.get(given), dc = comps.get(dob);
        final int gElse = gc.elseLevel(), dElse = dc.elseLevel();
        long[] n = new long[2]; // pairs with given name and date of birth on both sides; of those, both clearly differ
        var s = new Scratch();
        for (int g = 0; g < b.groups; g++) {
            if (b.size(g) > TRAINING_BLOCK_CAP) continue;
            Pairs.forEach(b, g, d, link, (x, y) -> {
                if (!labels.isEmpty() && labels.containsKey(pairKey(x, y))) return; // decided by a person: added below
                if (threshold != Long.MAX_VALUE) {
                    long h = BlockingRule.mix(BlockingRule.mix(salt, x), y) & Long.MAX_VALUE;
                    if (h >= threshold) return;
                }
                int lg = gc.level(d, x, y, s), ld = dc.level(d, x, y, s);
                if (lg < 0 || ld < 0) return;
                for (FieldComparison fc : comps) {
                    int l = fc.level(d, x, y, s);
                    if (l >= 0 && l <= fc.agreeLevel) return; // the same identifier: not a household pair
                }
                n[0]++;
                if (lg == gElse && ld == dElse) n[1]++;
            });
        }
        double a = m[given][gElse] * m[dob][dElse]; // a match with both wrong
        double bb = 1 - Scorer.TWIN_SHARE; // different people of one household: both differ unless twins
        if (bb - a < 0.05) return; // matches would look like households: nothing to learn (odds stay 0)
        double same = n[0] == 0 ? 0 : (bb * n[0] - n[1]) / (bb - a);
        same = Math.max(0.5, Math.min(n[0], same));
        double other = Math.max(0.5, n[0] - same);
        double odds = Math.log(same / other) / Math.log(2);
        notes.put(HOUSEHOLD_NOTE, String.format(java.util.Locale.ROOT, "%.4f", odds));
        notes.put("household_pairs", String.format(java.util.Locale.ROOT,
                "%d co-resident pairs (family name and %s agree, given name and date of birth present), %d with both "
                        + "clearly different; estimated %.0f the same person, %.0f different people; log2 odds %.2f",
                n[0], String.join(", ", placeNames), n[1], same, other, odds));
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private long totalPairs() {
        return link ? (long) nLeft * (d.size - nLeft) : (long) d.size * (d.size - 1) / 2;
    }

    // ---------------------------------------------------------------- u
    private double[][] estimateU(Map<String, String> notes) {
        long total = totalPairs();
        boolean all = total <= U_PAIRS;
        long per = all ? 0 : U_PAIRS / CHUNKS;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[][] counts = newCounts();
        try {
            var futures = new ArrayList<Future<long[][]>>();
            for (int chunk = 0; chunk < CHUNKS; chunk++) {
                final int ch = chunk;
                futures.add(pool.submit(() -> {
                    long[][] c = newCounts();
                    var s = new Scratch();
                    if (all) {
                        int from = link ? 0 : 0;
                        for (int a = from + ch; a < nLeft; a += CHUNKS) {
                            int bStart = link ? nLeft : a + 1;
                            for (int b = bStart; b < d.size; b++) tally(c, a, b, s);
                        }
                    } else {
                        var rnd = new SplittableRandom(seed * 1_000_003L + ch);
                        for (long i = 0; i < per; i++) {
                            int a, b;
                            if (link) {
                                a = rnd.nextInt(nLeft);
                                b = nLeft + rnd.nextInt(d.size - nLeft);
                            } else {
                                a = rnd.nextInt(d.size);
                                b = rnd.nextInt(d.size - 1);
                                if (b >= a) b++;
                            }
                            tally(c, a, b, s);
                        }
                    }
                    return c;
                }));
            }
            for (var f : futures) add(counts, f.get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        notes.put("u_pairs", Long.toString(all ? total : per * CHUNKS));
        double[][] u = new double[comps.size()][];
        for (int c = 0; c < u.length; c++) {
            long sum = Arrays.stream(counts[c]).sum();
            u[c] = new double[counts[c].length];
            for (int l = 0; l < u[c].length; l++) {
                u[c][l] = sum == 0 ? 1.0 / u[c].length : Math.max(counts[c][l], 1) / (double) (sum + u[c].length);
            }
            clamp(u[c]);
        }
        return u;
    }

    private long[][] newCounts() {
        long[][] c = new long[comps.size()][];
        for (int i = 0; i < c.length; i++) c[i] = new long[comps.get(i).levels.length];
        return c;
    }

    private void tally(long[][] c, int a, int b, Scratch s) {
        for (int i = 0; i < comps.size(); i++) {
            int l = comps.get(i).level(d, a, b, s);
            if (l >= 0) c[i][l]++;
        }
    }

    private static void add(long[][] into, long[][] x) {
        for (int i = 0; i < into.length; i++) for (int l = 0; l < into[i].length; l++) into[i][l] += x[i][l];
    }

    static void clamp(double[] p) {
        for (int l = 0; l < p.length; l++) p[l] = Math.min(1 - MIN_P, Math.max(MIN_P, p[l]));
    }

    // ---------------------------------------------------------------- lambda
    private double estimateLambda(Map<String, String> notes) {
        List<BlockingRule> rules = Rules.deterministic(d);
        long[][] keys = new long[rules.size()][];
        long matches = 0;
        for (int r = 0; r < rules.size(); r++) {
            keys[r] = Pairs.keys(rules.get(r), d);
            Blocks b = Blocks.build(keys[r], d.size);
            final int rule = r;
            long[] n = {0};
            for (int g = 0; g < b.groups; g++) {
                if (b.size(g) > 200 || rule == 0) {
                    n[0] += Pairs.count(b, g, d, link);
                } else {
                    Pairs.forEach(b, g, d, link, (x, y) -> {
                        if (!Pairs.seenBefore(keys, rule, x, y)) n[0]++;
                    });
                }
            }
            matches += n[0];
        }
        double lambda = matches / ASSUMED_RECALL / Math.max(1, totalPairs());
        lambda = Math.min(0.5, Math.max(1e-12, lambda));
        if (matches == 0) lambda = Math.min(0.5, 1.0 / Math.max(1, Math.min(nLeft, d.size)) / Math.max(1, link ? d.size - nLeft : d.size));
        notes.put("deterministic_pairs", Long.toString(matches));
        notes.put("assumed_recall", Double.toString(ASSUMED_RECALL));
        return lambda;
    }

    // ---------------------------------------------------------------- m
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        if (levels == 1) {
            m[0] = 1;
            return m;
        }
        m[levels - 1] = 0.05;
        double rest = 0.95, share = 0.8;
        for (int l = 0; l < levels - 1; l++) {
            m[l] = l == levels - 2 ? rest : rest * share;
            rest -= m[l];
        }
        return m;
    }

    private double[][] estimateM(double[][] u, Map<String, String> notes) {
        int nc = comps.size();
        double[][] sum = new double[nc][];
        int[] passes = new int[nc];
        for (int c = 0; c < nc; c++) sum[c] = new double[comps.get(c).levels.length];
        List<BlockingRule> rules = Rules.training(d);
        int pass = 0;
        for (BlockingRule rule : rules) {
            var fixed = new HashSet<>(rule.exactColumns());
            boolean[] estimate = new boolean[nc];
            boolean any = false;
            for (int c = 0; c < nc; c++) {
                estimate[c] = !fixed.contains(comps.get(c).column);
                any |= estimate[c];
            }
            if (!any) continue;
            var patterns = patterns(rule, pass);
            if (patterns.counts.length == 0) continue;
            double[][] m = em(patterns, u, estimate, rule, notes, pass);
            for (int c = 0; c < nc; c++) {
                if (!estimate[c]) continue;
                for (int l = 0; l < m[c].length; l++) sum[c][l] += m[c][l];
                passes[c]++;
            }
            pass++;
        }
        double[][] m = new double[nc][];
        for (int c = 0; c < nc; c++) {
            if (passes[c] == 0) {
                m[c] = initialM(sum[c].length);
            } else {
                m[c] = new double[sum[c].length];
                for (int l = 0; l < m[c].length; l++) m[c][l] = sum[c][l] / passes[c];
            }
            clamp(m[c]);
        }
        return m;
    }

    /** {@code labelled}: level vectors of the confirmed pairs, each weighing {@code labelWeight} in the M-step. */
    record Patterns(byte[][] levels, long[] counts, byte[][] labelled, double labelWeight) {
    }

    /** Level vectors of (a seeded sample of) the pairs a training rule produces, aggregated by pattern. */
    private Patterns patterns(BlockingRule rule, int pass) {
        long[] keys = Pairs.keys(rule, d);
        Blocks b = Blocks.build(keys, d.size);
        long total = 0;
        for (int g = 0; g < b.groups; g++) if (b.size(g) <= TRAINING_BLOCK_CAP) total += Pairs.count(b, g, d, link);
        final double keep = total <= EM_PAIRS ? 1.0 : EM_PAIRS / (double) total;
        final long threshold = keep >= 1 ? Long.MAX_VALUE : (long) (keep * Long.MAX_VALUE);
        var map = new java.util.HashMap<String, long[]>();
        var s = new Scratch();
        int nc = comps.size();
        byte[] buf = new byte[nc];
        final long salt = seed * 0x9E3779B97F4A7C15L + pass;
        for (int g = 0; g < b.groups; g++) {
            if (b.size(g) > TRAINING_BLOCK_CAP) continue;
            Pairs.forEach(b, g, d, link, (x, y) -> {
                if (!labels.isEmpty() && labels.containsKey(pairKey(x, y))) return; // decided by a person: added below
                if (threshold != Long.MAX_VALUE) {
                    long h = BlockingRule.mix(BlockingRule.mix(salt, x), y) & Long.MAX_VALUE;
                    if (h >= threshold) return;
                }
                for (int c = 0; c < nc; c++) buf[c] = (byte) (comps.get(c).level(d, x, y, s) + 1);
                map.computeIfAbsent(new String(buf, java.nio.charset.StandardCharsets.ISO_8859_1), k -> new long[1])[0]++;
            });
        }
        byte[][] lv = new byte[map.size()][];
        long[] counts = new long[map.size()];
        int i = 0;
        for (var e : new TreeMap<>(map).entrySet()) {
            lv[i] = e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            counts[i++] = e.getValue()[0];
        }
        // a confirmed pair is a certain match, on the same footing as a sampled pair; a rejected one is no match
        // (u is fixed, so it adds nothing once it is out of the patterns)
        List<byte[]> confirmed = new ArrayList<>();
        for (var e : new TreeMap<>(labels).entrySet()) {
            if (!e.getValue()) continue;
            int x = (int) (e.getKey() >>> 32), y = (int) (long) e.getKey();
            byte[] v = new byte[nc];
            for (int c = 0; c < nc; c++) v[c] = (byte) (comps.get(c).level(d, x, y, s) + 1);
            confirmed.add(v);
        }
        return new Patterns(lv, counts, confirmed.toArray(byte[][]::new), keep);
    }

    private double[][] em(Patterns pt, double[][] u, boolean[] estimate, BlockingRule rule, Map<String, String> notes, int pass) {
        int nc = comps.size();
        double[][] m = new double[nc][];
        double[][] logU = new double[nc][];
        for (int c = 0; c < nc; c++) {
            m[c] = initialM(u[c].length);
            logU[c] = new double[u[c].length];
            for (int l = 0; l < u[c].length; l++) logU[c][l] = Math.log(u[c][l]);
        }
        double lambda = 0.5;
        int it;
        double delta = 1;
        long pairs = Arrays.stream(pt.counts).sum();
        for (it = 0; it < EM_MAX_ITERATIONS && delta >= EM_CONVERGENCE; it++) {
            double[][] num = new double[nc][];
            for (int c = 0; c < nc; c++) num[c] = new double[m[c].length];
            double[][] logM = new double[nc][];
            for (int c = 0; c < nc; c++) {
                logM[c] = new double[m[c].length];
                for (int l = 0; l < m[c].length; l++) logM[c][l] = Math.log(m[c][l]);
            }
            double priorLogit = Math.log(lambda / (1 - lambda));
            double pSum = 0;
            for (byte[] lv : pt.labelled) {
                for (int c = 0; c < nc; c++) {
                    int l = lv[c] - 1;
                    if (l >= 0 && estimate[c]) num[c][l] += pt.labelWeight;
                }
            }
            for (int p = 0; p < pt.counts.length; p++) {
                byte[] lv = pt.levels[p];
                double logit = priorLogit;
                for (int c = 0; c < nc; c++) {
                    int l = lv[c] - 1;
                    if (l >= 0 && estimate[c]) logit += logM[c][l] - logU[c][l];
                }
                double prob = 1 / (1 + Math.exp(-logit));
                double w = prob * pt.counts[p];
                pSum += w;
                for (int c = 0; c < nc; c++) {
                    int l = lv[c] - 1;
                    if (l >= 0 && estimate[c]) num[c][l] += w;
                }
            }
            delta = 0;
            for (int c = 0; c < nc; c++) {
                if (!estimate[c]) continue;
                double s = Arrays.stream(num[c]).sum();
                if (s <= 0) continue;
                for (int l = 0; l < m[c].length; l++) {
                    double v = Math.min(1 - MIN_P, Math.max(MIN_P, num[c][l] / s));
                    delta = Math.max(delta, Math.abs(v - m[c][l]));
                    m[c][l] = v;
                }
            }
            lambda = Math.min(1 - MIN_P, Math.max(MIN_P, pSum / pairs));
        }
        String desc = rule.describe(d);
        notes.put("em_pass_" + pass, desc + ": " + pairs + " pairs, " + pt.counts.length + " patterns, " + it
                + " iterations, matches in blocking " + String.format("%.3f", lambda));
        log.accept("  EM pass " + pass + " blocking on " + desc + ": " + pairs + " pairs, " + it + " iterations");
        return m;
    }
}
