package org.interstice.linkage.synth;

import java.util.List;
import java.util.SplittableRandom;

/** An immutable weighted choice over a list, sampled by binary search over cumulative weights. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Weights fall off with rank like real name frequencies: 1 / (rank + offset)^exponent. */
    static <T> Weighted<T> zipf(List<T> itemsByFrequency, double offset, double exponent) {
        double[] w = new double[itemsByFrequency.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / StrictMath.pow(i + offset, exponent);
        }
        return new Weighted<>(itemsByFrequency, w);
    }

    T pick(SplittableRandom rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    List<T> items() {
        return items;
    }

    int size() {
        return items.size();
    }
}
