package org.interstice.linkage.internal;

import java.util.Arrays;

import org.interstice.linkage.Field;

/** One field across all records: value ids into a {@link Dict} (-1 = missing) and value frequencies. */
public final class Column {
    public final Field field;
    public final Dict dict;
    public int[] ids = new int[64];
    /** How many records (counted ones only) hold each value id; for term-frequency adjustment. */
    public int[] counts = new int[64];
    public int nonNull;
    /** Cached log2 term frequencies (batch runs); null when counts may change. */
    public double[] log2tf;

    Column(Field field, Dict dict) {
        this.field = field;
        this.dict = dict;
    }

    void ensure(int n) {
        if (ids.length < n) ids = Arrays.copyOf(ids, Math.max(n, ids.length * 2));
    }

    public void prepareTf() {
        double[] t = new double[dict.size];
        for (int v = 0; v < t.length; v++) t[v] = Math.log(tf(v)) / Math.log(2);
        log2tf = t;
    }

    void count(int v, int delta) {
        log2tf = null;
        if (v < 0) return;
        if (counts.length <= v) counts = Arrays.copyOf(counts, Math.max(v + 1, counts.length * 2));
        counts[v] += delta;
        nonNull += delta;
    }

    /** Relative frequency of value v among the counted records (at least one record). */
    public double tf(int v) {
        int c = v < counts.length ? counts[v] : 0;
        return Math.max(1, c) / (double) Math.max(1, nonNull);
    }
}
