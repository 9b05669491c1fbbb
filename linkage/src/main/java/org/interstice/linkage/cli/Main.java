package org.interstice.linkage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.interstice.linkage.Explanation;
import org.interstice.linkage.Field;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Probability;
import org.interstice.linkage.Schema;
import org.interstice.linkage.internal.Clusterer;
import org.interstice.linkage.internal.Csv;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.Predictor;

/** The command line: dedupe, link, explain, generate. Progress and timings go to stderr. */
public final class Main {
    static final String USAGE = """
            usage:
              java -jar interstice-linkage.jar dedupe --input FILE --id COL --field TYPE=COL ... --out clusters.csv
                    [--pairs pairs.csv] [--threshold P] [options]
              java -jar interstice-linkage.jar link --left FILE --right FILE --id COL --field TYPE=COL ... --out clusters.csv
                    [--pairs pairs.csv] [--threshold P] [--one-to-one] [options]
              java -jar interstice-linkage.jar explain (--input FILE | --left FILE --right FILE) --id COL --field TYPE=COL ... ID1 ID2
              java -jar interstice-linkage.jar generate --people N --seed S --out FILE
            field types: given_name, family_name, full_name, dob, sex, postcode, address, city, phone, email,
                         nhs_number, upn, pnc_id, identifier, other   (a TYPE may be given for several columns)
                         identifier: one person's number in a scheme the engine does not know (social security,
                         account, case number): compared exact / one keying error / consecutive / else, blocked on
                         with one character deleted; other: anything else (exact, Levenshtein <= 1, <= 2, else)
            options: --seed S (training seed, default 1)  --model model.json (load instead of training)
                     --save-model model.json  --print-model  --threads N  --block-cap N (default 1000)
                     --pairs-threshold P (pairs written to --pairs, default 0.5)
            """;

    private final PrintStream err;
    private final PrintStream out;
    private final long start = System.nanoTime();

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A CLI writing results to {@code out} and progress and errors to {@code err} (for embedding and tests). */
    public static Main create(PrintStream out, PrintStream err) {
        return new Main(out, err);
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        System.exit(code);
    }

    /** Runs a command and returns the exit status (0 success, 1 input error, 2 usage error). */
    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            err.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            var a = Args.parse(args);
            switch (args[0]) {
                case "dedupe", "link", "explain" -> {
                    return linkage(args[0], a);
                }
                case "generate" -> {
                    return org.interstice.linkage.synth.GenerateCommand.run(args);
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Csv.CsvException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String m) {
            super(m);
        }
    }

    /** Parsed options: repeated --field, single-valued others, flags and positionals. */
    record Args(Map<String, String> single, List<String> fields, List<String> positional, HashSet<String> flags) {
        static final List<String> FLAGS = List.of("--one-to-one", "--print-model");

        static Args parse(String[] args) {
            var single = new LinkedHashMap<String, String>();
            var fields = new ArrayList<String>();
            var pos = new ArrayList<String>();
            var flags = new HashSet<String>();
            for (int i = 1; i < args.length; i++) {
                String k = args[i];
                if (FLAGS.contains(k)) {
                    flags.add(k);
                } else if (k.startsWith("--")) {
                    if (i + 1 >= args.length) throw new UsageException("option " + k + " needs a value");
                    String v = args[++i];
                    if (k.equals("--field")) fields.add(v);
                    else single.put(k, v);
                } else {
                    pos.add(k);
                }
            }
            return new Args(single, fields, pos, flags);
        }

        String need(String k) {
            String v = single.get(k);
            if (v == null) throw new UsageException("missing " + k);
            return v;
        }

        String get(String k, String def) {
            return single.getOrDefault(k, def);
        }

        double number(String k, double def) {
            String v = single.get(k);
            if (v == null) return def;
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new UsageException(k + " expects a number, not '" + v + "'");
            }
        }
    }

    private void log(String s) {
        err.println(s);
    }

    private long cpuMark = cpu();

    /** CPU time of the whole process (all threads), so phase costs can be read on a busy machine. */
    private static long cpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    private void phase(String name, long t0) {
        long c = cpu();
        err.printf(Locale.ROOT, "[%7.2f s] %s took %.2f s (process CPU %.2f s)%n", (System.nanoTime() - start) / 1e9, name,
                (System.nanoTime() - t0) / 1e9, (c - cpuMark) / 1e9);
        cpuMark = c;
    }

    private int linkage(String command, Args a) throws IOException {
        boolean link = command.equals("link") || (command.equals("explain") && a.single().containsKey("--left"));
        String idCol = a.need("--id");
        if (a.fields().isEmpty()) throw new UsageException("give at least one --field TYPE=COL");
        var fields = new ArrayList<Field>();
        var columns = new ArrayList<String>();
        var names = new HashSet<String>();
        for (String spec : a.fields()) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) throw new UsageException("--field expects TYPE=COL, not '" + spec + "'");
            FieldType t;
            try {
                t = FieldType.parse(spec.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            String col = spec.substring(eq + 1).strip();
            String name = col;
            for (int k = 2; !names.add(name); k++) name = col + "#" + k;
            fields.add(new Field(t, name));
            columns.add(col);
        }
        var schema = new Schema(fields);
        int threads = (int) a.number("--threads", Runtime.getRuntime().availableProcessors());
        double threshold = a.number("--threshold", LinkageModel.DEFAULT_THRESHOLD);
        if (!(threshold > 0 && threshold < 1)) throw new UsageException("--threshold must be a probability between 0 and 1");
        long seed = (long) a.number("--seed", 1);
        int blockCap = (int) a.number("--block-cap", Predictor.DEFAULT_BLOCK_CAP);
        if (!command.equals("explain") && !a.single().containsKey("--out")) throw new UsageException("missing --out");

        // read
        long t0 = System.nanoTime();
        var wanted = new ArrayList<String>();
        wanted.add(idCol);
        wanted.addAll(columns);
        Csv.Table left, right = null;
        if (link) {
            left = Csv.read(Path.of(a.need("--left")), wanted);
            right = Csv.read(Path.of(a.need("--right")), wanted);
            log(String.format(Locale.ROOT, "read %,d left and %,d right records", left.rows(), right.rows()));
        } else {
            left = Csv.read(Path.of(a.need("--input")), wanted);
            log(String.format(Locale.ROOT, "read %,d records", left.rows()));
        }
        phase("read", t0);

        // encode
        t0 = System.nanoTime();
        int n = left.rows() + (right == null ? 0 : right.rows());
        String[] ids = new String[n];
        byte[] sides = new byte[n];
        String[][] raw = new String[fields.size()][n];
        System.arraycopy(left.columns()[0], 0, ids, 0, left.rows());
        for (int f = 0; f < fields.size(); f++) System.arraycopy(left.columns()[f + 1], 0, raw[f], 0, left.rows());
        if (right != null) {
            System.arraycopy(right.columns()[0], 0, ids, left.rows(), right.rows());
            for (int f = 0; f < fields.size(); f++) System.arraycopy(right.columns()[f + 1], 0, raw[f], left.rows(), right.rows());
            for (int i = left.rows(); i < n; i++) sides[i] = 1;
        }
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) {
                String file = i < left.rows() ? a.get("--left", a.get("--input", "")) : a.need("--right");
                int row = (i < left.rows() ? i : i - left.rows()) + 2;
                throw new Csv.CsvException(file + ": row " + row + ", column '" + idCol + "': the record identifier is empty");
            }
        }
        left = null;
        right = null;
        Dataset d = Dataset.fromColumns(schema, ids, sides, raw, threads);
        raw = null;
        phase("encode", t0);

        // model
        t0 = System.nanoTime();
        LinkageModel model;
        if (a.single().containsKey("--model")) {
            model = LinkageModel.fromJson(Files.readString(Path.of(a.get("--model", null))));
            if (!model.schema().equals(schema)) throw new UsageException("the model's fields " + model.schema().fields()
                    + " differ from the --field options " + schema.fields());
            log("loaded model " + model.version());
        } else {
            log("training (unsupervised, seed " + seed + ")");
            Consumer<String> l = this::log;
            model = LinkageModel.train(d, link, seed, threads, l);
        }
        phase("train", t0);
        if (a.single().containsKey("--save-model")) Files.writeString(Path.of(a.get("--save-model", null)), model.toJson());
        if (a.flags().contains("--print-model")) err.print(model.weightsTable());

        if (command.equals("explain")) return explain(a, d, model);

        // block and score
        t0 = System.nanoTime();
        double thresholdWeight = Probability.weightOf(threshold);
        double pairsThreshold = a.number("--pairs-threshold", 0.5);
        double keep = Math.min(thresholdWeight, Probability.weightOf(pairsThreshold));
        var pr = Predictor.run(d, model.scorer(), model.blockingRules(), link, keep, threads, blockCap, this::log);
        log(String.format(Locale.ROOT, "pairs compared: %,d; pairs with probability >= %.3g: %,d", pr.compared(),
                Probability.of(keep), pr.edges().size));
        phase("block and score", t0);

        // cluster
        t0 = System.nanoTime();
        boolean oneToOne = a.flags().contains("--one-to-one");
        if (oneToOne && !link) throw new UsageException("--one-to-one applies to link only");
        var cl = Clusterer.cluster(d, model.scorer(), pr.edges(), thresholdWeight, oneToOne);
        log(String.format(Locale.ROOT, "clusters: %,d from %,d records at threshold %.3g; merges refused: %d (different identifiers)%s",
                cl.clusters(), d.size, threshold, cl.refusedByIdentifiers(),
                oneToOne ? ", " + cl.refusedByOneToOne() + " (one-to-one)" : ""));
        phase("cluster", t0);

        // write
        t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(a.need("--out")), StandardCharsets.UTF_8)) {
            w.write(link ? "source,record_id,cluster_id\n" : "record_id,cluster_id\n");
            for (int i = 0; i < d.size; i++) {
                if (link) w.write(d.side[i] == 0 ? "left," : "right,");
                w.write(Csv.quote(d.recordIds[i]));
                w.write(',');
                w.write(Integer.toString(cl.clusterOf()[i]));
                w.write('\n');
            }
        }
        if (a.single().containsKey("--pairs")) {
            double pw = Probability.weightOf(pairsThreshold);
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(a.need("--pairs")), StandardCharsets.UTF_8)) {
                w.write("left_id,right_id,match_probability,match_weight\n");
                var e = pr.edges();
                for (int i = 0; i < e.size; i++) {
                    if (e.w[i] < pw) continue;
                    w.write(Csv.quote(d.recordIds[e.a[i]]));
                    w.write(',');
                    w.write(Csv.quote(d.recordIds[e.b[i]]));
                    w.write(String.format(Locale.ROOT, ",%.6f,%.3f%n", Probability.of(e.w[i]), e.w[i]));
                }
            }
        }
        phase("write", t0);
        err.printf(Locale.ROOT, "total %.2f s (process CPU %.2f s)%n", (System.nanoTime() - start) / 1e9, cpu() / 1e9);
        return 0;
    }

    private static Integer find(Dataset d, String id, byte side) {
        for (int i = 0; i < d.size; i++) if (d.side[i] == side && d.recordIds[i].equals(id)) return i;
        return null;
    }

    private int explain(Args a, Dataset d, LinkageModel model) {
        if (a.positional().size() != 2) throw new UsageException("explain needs two record identifiers, ID1 ID2");
        Integer r1 = d.rowOf(a.positional().get(0)), r2 = d.rowOf(a.positional().get(1));
        if (a.single().containsKey("--left")) { // ID1 is in the left file, ID2 in the right one
            r1 = find(d, a.positional().get(0), (byte) 0);
            r2 = find(d, a.positional().get(1), (byte) 1);
        }
        for (int k = 0; k < 2; k++) {
            if ((k == 0 ? r1 : r2) == null) throw new UsageException("no record with identifier '" + a.positional().get(k) + "'");
        }
        for (var c : d.columns) c.prepareTf();
        Explanation e = model.scorer().explain(d, r1, r2, true);
        out.println("Pair " + a.positional().get(0) + " / " + a.positional().get(1));
        out.print(e.toTable());
        if (e.strongContraryEvidence()) out.println("strong contrary evidence: different valid identifiers");
        return 0;
    }
}
