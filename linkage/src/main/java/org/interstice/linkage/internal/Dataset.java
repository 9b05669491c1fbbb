package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.interstice.linkage.Field;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.Record;
import org.interstice.linkage.Schema;

/**
 * Records encoded once into columns of value ids. Given and family names share one dictionary so that a
 * forename-surname swap is an id comparison. Growable, for the incremental index.
 */
public final class Dataset {
    public final Schema schema;
    public final Column[] columns;
    public String[] recordIds = new String[64];
    /** 0 = left (or the only file), 1 = right. */
    public byte[] side = new byte[64];
    public int size;
    private Map<String, Integer> byId;

    public Dataset(Schema schema) {
        this.schema = schema;
        this.columns = new Column[schema.fields().size()];
        Dict names = null;
        for (int i = 0; i < columns.length; i++) {
            Field f = schema.fields().get(i);
            Dict d;
            if (f.type() == FieldType.GIVEN_NAME || f.type() == FieldType.FAMILY_NAME) {
                if (names == null) names = new Dict(Dict.Kind.NAME);
                d = names;
            } else {
                d = new Dict(Dict.kindOf(f.type()));
            }
            columns[i] = new Column(f, d);
        }
    }

    public int column(String fieldName) {
        for (int i = 0; i < columns.length; i++) if (columns[i].field.name().equals(fieldName)) return i;
        return -1;
    }

    private void ensure(int n) {
        if (recordIds.length < n) {
            int c = Math.max(n, recordIds.length * 2);
            recordIds = Arrays.copyOf(recordIds, c);
            side = Arrays.copyOf(side, c);
        }
        for (Column col : columns) col.ensure(n);
    }

    /** Appends a record; {@code counted} records contribute to value frequencies. Returns its row. */
    public int add(Record r, byte side, boolean counted) {
        int row = size;
        ensure(row + 1);
        recordIds[row] = r.id();
        this.side[row] = side;
        for (Column c : columns) {
            String canon = Normalise.value(c.field.type(), r.value(c.field.name()));
            int v = canon == null ? -1 : c.dict.intern(canon);
            c.ids[row] = v;
            if (counted) c.count(v, 1);
        }
        size++;
        if (byId != null && counted) byId.put(r.id(), row);
        return row;
    }

    /** Drops the last row (a transient query record). */
    public void dropLast() {
        size--;
    }

    public void uncount(int row) {
        for (Column c : columns) c.count(c.ids[row], -1);
    }

    public Integer rowOf(String id) {
        if (byId == null) {
            byId = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) byId.putIfAbsent(recordIds[i], i);
        }
        return byId.get(id);
    }

    /**
     * Bulk load from raw column arrays (the CLI path: no Record objects). {@code raw[f][row]} holds the value
     * of schema field f. Columns sharing a dictionary are encoded on the same thread.
     */
    public static Dataset fromColumns(Schema schema, String[] ids, byte[] sides, String[][] raw, int threads) {
        var d = new Dataset(schema);
        int n = ids.length;
        d.ensure(n);
        System.arraycopy(ids, 0, d.recordIds, 0, n);
        if (sides != null) System.arraycopy(sides, 0, d.side, 0, n);
        d.size = n;
        var groups = new IdentityHashMap<Dict, List<Integer>>();
        for (int i = 0; i < d.columns.length; i++) groups.computeIfAbsent(d.columns[i].dict, k -> new ArrayList<>()).add(i);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var futures = new ArrayList<Future<?>>();
            for (List<Integer> g : groups.values()) {
                futures.add(pool.submit(() -> {
                    for (int ci : g) {
                        Column c = d.columns[ci];
                        FieldType t = c.field.type();
                        String[] col = raw[ci];
                        // raw-value cache only where values repeat a lot (names, dates, sex, city)
                        boolean cache = c.dict.kind == Dict.Kind.NAME || c.dict.kind == Dict.Kind.DATE || t == FieldType.SEX;
                        var rawIds = new HashMap<String, Integer>();
                        for (int r = 0; r < n; r++) {
                            String s = col[r];
                            int v;
                            if (s == null || s.isEmpty()) {
                                v = -1;
                            } else {
                                Integer known = cache ? rawIds.get(s) : null;
                                if (known != null) {
                                    v = known;
                                } else {
                                    String canon = Normalise.value(t, s);
                                    v = canon == null ? -1 : c.dict.intern(canon);
                                    if (cache) rawIds.put(s, v);
                                }
                            }
                            c.ids[r] = v;
                            c.count(v, 1);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("encoding failed", e);
        } finally {
            pool.shutdown();
        }
        return d;
    }
}
