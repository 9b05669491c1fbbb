package org.interstice.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Runs the peer, Duke 1.2, on a FEBRL dataset, configured from the field meanings (no tuning on the labels):
 * Jaro-Winkler for names, Levenshtein for address text and digit fields, exact for state; Lucene candidate search on
 * the identifying fields only (names, date of birth, social security id). Dedupe mode for FEBRL1-3, record linkage
 * for FEBRL4 (4a to 4b). Pairs above the threshold become clusters by connected components, written as our
 * clusters.csv ({@code record_id,cluster_id}; for linkage {@code source,record_id,cluster_id}).
 * <pre>
 * DukeFebrl --dataset 1|2|3|4 --data DIR --out clusters.csv [--pairs pairs.csv] [--threshold 0.95] [--max-search-hits 100]
 *           [--min-relevance 0] [--no-fuzzy] [--singlematch] [--threads 1]
 * </pre>
 */
public final class DukeFebrl {

    /** A FEBRL column and how Duke should treat it. */
    private record Field(String column, Comparator comparator, Cleaner cleaner, double low, double high,
                         boolean lookup) {
    }

    private static final Cleaner TEXT = lowerCase();
    private static final Cleaner DIGITS = new DigitsOnlyCleaner();

    /*
     * Probabilities from what each field says about identity: low = P(match | values disagree),
     * high = P(match | values agree). Identifiers and dates of birth are strong; names fairly strong (common names
     * agree by chance); address parts moderate; street number and state weak (few distinct values).
     */
    private static final List<Field> FIELDS = List.of(
            new Field("given_name", new JaroWinkler(), TEXT, 0.3, 0.88, true),
            new Field("surname", new JaroWinkler(), TEXT, 0.3, 0.9, true),
            new Field("street_number", new Levenshtein(), DIGITS, 0.4, 0.65, false),
            new Field("address_1", new Levenshtein(), TEXT, 0.35, 0.8, false),
            new Field("address_2", new Levenshtein(), TEXT, 0.45, 0.6, false),
            new Field("suburb", new Levenshtein(), TEXT, 0.35, 0.7, false),
            new Field("postcode", new Levenshtein(), DIGITS, 0.35, 0.75, false),
            new Field("state", new ExactComparator(), TEXT, 0.45, 0.52, false),
            new Field("date_of_birth", new Levenshtein(), DIGITS, 0.25, 0.9, true),
            new Field("soc_sec_id", new Levenshtein(), DIGITS, 0.2, 0.95, true));

    private DukeFebrl() {
    }

    private static Cleaner lowerCase() {
        LowerCaseNormalizeCleaner c = new LowerCaseNormalizeCleaner();
        c.setStripAccents(true);
        return c;
    }

    public static void main(String[] args) throws IOException {
        int dataset = 0;
        Path data = Path.of("../shared/data/febrl");
        Path out = null;
        Path pairsOut = null;
        double threshold = 0.95;
        int maxHits = 100;
        float minRelevance = 0f;
        boolean fuzzy = true;
        boolean singleMatch = false;
        int threads = 1;
        Map<String, double[]> overrides = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dataset" -> dataset = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--pairs" -> pairsOut = Path.of(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--max-search-hits" -> maxHits = Integer.parseInt(args[++i]);
                case "--min-relevance" -> minRelevance = Float.parseFloat(args[++i]);
                case "--no-fuzzy" -> fuzzy = false;
                case "--singlematch" -> singleMatch = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--set" -> {
                    String[] kv = args[++i].split("=");
                    String[] lh = kv[1].split(",");
                    overrides.put(kv[0], new double[] {Double.parseDouble(lh[0]), Double.parseDouble(lh[1])});
                }
                default -> {
                    System.err.println("duke-febrl: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (dataset < 1 || dataset > 4 || out == null) {
            System.err.println("usage: DukeFebrl --dataset 1|2|3|4 --data DIR --out clusters.csv [--threshold P] "
                    + "[--max-search-hits N] [--min-relevance R] [--no-fuzzy] [--singlematch] [--threads N] "
                    + "[--set FIELD=LOW,HIGH]");
            System.exit(2);
        }
        long start = System.nanoTime();
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        for (Field f : FIELDS) {
            double[] lh = overrides.getOrDefault(f.column(), new double[] {f.low(), f.high()});
            PropertyImpl p = new PropertyImpl(f.column(), f.comparator(), lh[0], lh[1]);
            p.setLookupBehaviour(f.lookup() ? Property.Lookup.TRUE : Property.Lookup.FALSE);
            properties.add(p);
        }
        config.setProperties(properties);
        config.setThreshold(threshold);
        config.setMaybeThreshold(0.0);
        LuceneDatabase database = new LuceneDatabase();
        database.setMaxSearchHits(maxHits);
        database.setMinRelevance(minRelevance);
        database.setFuzzySearch(fuzzy);
        config.setDatabase(database);

        boolean link = dataset == 4;
        Map<String, String> sideOf = new LinkedHashMap<>();
        if (link) {
            config.addDataSource(1, source(data.resolve("dataset4a.csv"), "left", sideOf));
            config.addDataSource(2, source(data.resolve("dataset4b.csv"), "right", sideOf));
        } else {
            config.addDataSource(0, source(data.resolve("dataset" + dataset + ".csv"), null, sideOf));
        }
        config.validate();

        UnionFind clusters = new UnionFind(sideOf.keySet());
        long[] matches = {0};
        List<String> pairs = new ArrayList<>();
        Processor processor = new Processor(config, true);
        processor.setThreads(threads);
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                matches[0]++;
                clusters.union(r1.getValue("ID"), r2.getValue("ID"));
                pairs.add(r1.getValue("ID") + "," + r2.getValue("ID") + "," + confidence);
            }
        });
        long loaded = System.nanoTime();
        if (link) {
            processor.link(config.getDataSources(1), config.getDataSources(2), !singleMatch, 40000);
        } else {
            processor.deduplicate();
        }
        processor.close();
        long matched = System.nanoTime();

        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(link ? "source,record_id,cluster_id\n" : "record_id,cluster_id\n");
            for (Map.Entry<String, String> e : sideOf.entrySet()) {
                String key = e.getKey();
                String id = link ? key.substring(key.indexOf(':') + 1) : key;
                String root = clusters.find(key);
                String cluster = "c" + clusters.indexOf(root);
                w.write(link ? e.getValue() + "," + id + "," + cluster + "\n" : id + "," + cluster + "\n");
            }
        }
        if (pairsOut != null) {
            Files.write(pairsOut, (String.join("\n", pairs) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.err.printf("duke-febrl: dataset %d (%s), %d records, %d match reports, %d comparisons; "
                        + "load %.2f s, match %.2f s, total %.2f s%n", dataset, link ? "link" : "dedupe",
                sideOf.size(), matches[0], processor.getComparisonCount(), (loaded - start) / 1e9,
                (matched - loaded) / 1e9, (System.nanoTime() - start) / 1e9);
    }

    /** Reads a FEBRL file into Duke records; ids are prefixed with the side in linkage mode. */
    private static InMemoryDataSource source(Path file, String side, Map<String, String> sideOf) throws IOException {
        List<Record> records = new ArrayList<>();
        try (Csv csv = Csv.open(file)) {
            int id = csv.column("rec_id");
            int[] columns = new int[FIELDS.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = csv.column(FIELDS.get(i).column());
            }
            List<String> row;
            while ((row = csv.next()) != null) {
                RecordImpl r = new RecordImpl();
                String key = side == null ? row.get(id) : side + ":" + row.get(id);
                r.addValue("ID", key);
                for (int i = 0; i < columns.length; i++) {
                    String raw = columns[i] < row.size() ? row.get(columns[i]) : "";
                    String value = raw.isEmpty() ? null : FIELDS.get(i).cleaner().clean(raw);
                    if (value != null && !value.isEmpty()) {
                        r.addValue(FIELDS.get(i).column(), value);
                    }
                }
                records.add(r);
                sideOf.put(key, side == null ? "" : side);
            }
        }
        return new InMemoryDataSource(records);
    }

    /** Connected components over record ids. */
    static final class UnionFind {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final int[] parent;

        UnionFind(Iterable<String> all) {
            for (String id : all) {
                index.put(id, ids.size());
                ids.add(id);
            }
            parent = new int[ids.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        private int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(String a, String b) {
            Integer ia = index.get(a);
            Integer ib = index.get(b);
            if (ia == null || ib == null) {
                throw new IllegalStateException("unknown record id " + (ia == null ? a : b));
            }
            int ra = root(ia);
            int rb = root(ib);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        String find(String id) {
            return ids.get(root(index.get(id)));
        }

        int indexOf(String id) {
            return index.get(id);
        }
    }
}
