package org.interstice.linkage.internal;

import java.util.Arrays;

/** Open-addressing map from long keys to int values (no boxing). */
public final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] vals;
    private int size, mask;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        vals = new int[cap];
        Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    static int hash(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    public int get(long key, int missing) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return vals[i];
            if (k == EMPTY) return missing;
            i = (i + 1) & mask;
        }
    }

    /** Puts and returns the previous value or {@code missing}. Key must not be Long.MIN_VALUE. */
    public int put(long key, int val, int missing) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                int old = vals[i];
                vals[i] = val;
                return old;
            }
            if (k == EMPTY) {
                keys[i] = key;
                vals[i] = val;
                if (++size * 2 > keys.length) rehash();
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    private void rehash() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) put(ok[i], ov[i], 0);
    }
}
