package org.interstice.intelligence.internal.resolution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many persons hold each given name (including single and street names) and each family name, and from that the
 * term-frequency adjustment of an agreement on a name, as Splink computes it: {@code log2(u) - log2(f)}, where
 * {@code f} is the share of persons holding the name (the larger of the two names compared, at least one person) and
 * {@code u} the chance that two persons drawn at random share a name of that part. Agreeing on "Tariq" is worth more
 * than agreeing on "Mohammed". Thread-safe; counts grow as persons are named and are replaced by a refresh. ADR 0066.
 */
public final class NameFrequencies {

    /** Given and family names, and their sounds (the linkage engine's Double Metaphone keys, ADR 0079). */
    public enum Part { GIVEN, FAMILY, GIVEN_SOUND, FAMILY_SOUND }

    /** The adjustment in bits, with the counts behind it (shown to the analyst). */
    public record Adjustment(double bits, String name, long persons, long total) {
        public String display() {
            return MentionScore.Evidence.bits(bits) + " (" + name + ": " + persons + " of " + total + " persons)";
        }
    }

    private final Map<Part, Map<String, Long>> counts = new HashMap<>();
    private final Map<Part, long[]> totals = new HashMap<>(); // {persons-with-name total, sum of squares}

    public NameFrequencies() {
        for (Part p : Part.values()) { counts.put(p, new HashMap<>()); totals.put(p, new long[2]); }
    }

    /** Replaces one part's counts (a refresh from what the system holds). */
    public synchronized void replace(Part part, Map<String, Long> byName) {
        Map<String, Long> c = counts.get(part);
        c.clear();
        long[] t = totals.get(part);
        t[0] = 0;
        t[1] = 0;
        byName.forEach((name, n) -> { if (name != null && n > 0) { c.put(name, n); t[0] += n; t[1] += n * n; } });
    }

    /** One more person holds this name. */
    public synchronized void add(Part part, String name) {
        if (name == null) return;
        long before = counts.get(part).getOrDefault(name, 0L);
        counts.get(part).put(name, before + 1);
        long[] t = totals.get(part);
        t[0] += 1;
        t[1] += 2 * before + 1;
    }

    public synchronized long persons(Part part, String name) {
        return name == null ? 0 : counts.get(part).getOrDefault(name, 0L);
    }

    public synchronized long total(Part part) {
        return totals.get(part)[0];
    }

    /**
     * The adjustment for agreeing on names {@code a} and {@code b} of a part, times {@code weight}, within the settings'
     * bounds; empty until the part holds {@code frequencyMinPersons} names (too few to say what is rare).
     */
    public synchronized Optional<Adjustment> adjustment(Part part, String a, String b, double weight, ResolutionSettings s) {
        long[] t = totals.get(part);
        if (weight == 0 || a == null || b == null || t[0] < s.frequencyMinPersons()) return Optional.empty();
        Map<String, Long> c = counts.get(part);
        long ca = c.getOrDefault(a, 0L), cb = c.getOrDefault(b, 0L);
        String name = ca >= cb ? a : b;
        long n = Math.max(1, Math.max(ca, cb));
        double u = (double) t[1] / ((double) t[0] * t[0]);
        double f = (double) n / t[0];
        double bits = weight * (log2(u) - log2(f));
        bits = Math.max(-s.frequencyMaxPenalty(), Math.min(s.frequencyMaxBonus(), bits));
        return Optional.of(new Adjustment(round(bits), name, n, t[0]));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static double round(double bits) {
        return Math.round(bits * 10) / 10.0;
    }
}
