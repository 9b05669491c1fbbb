package org.interstice.linkage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.interstice.linkage.internal.BlockingRule;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.FieldComparison;
import org.interstice.linkage.internal.Json;
import org.interstice.linkage.internal.Scorer;
import org.interstice.linkage.internal.Trainer;

/**
 * A trained Fellegi-Sunter model: per field and comparison level the m and u probabilities, the prior
 * (lambda, the chance that two random records match) and the blocking rules used for prediction.
 */
public final class LinkageModel {
    /** Default clustering threshold on match probability. */
    public static final double DEFAULT_THRESHOLD = 0.95;
    private static final String FORMAT = "interstice-linkage-model/1";

    private final Schema schema;
    private final double[][] m, u;
    private final double lambda;
    private final List<BlockingRule> rules;
    private final Map<String, String> notes;
    private final long seed;
    private final Scorer scorer;
    private final String version;

    private LinkageModel(Schema schema, double[][] m, double[][] u, double lambda, List<BlockingRule> rules,
                         Map<String, String> notes, long seed) {
        this.schema = schema;
        this.m = m;
        this.u = u;
        this.lambda = lambda;
        this.rules = List.copyOf(rules);
        this.notes = new TreeMap<>(notes);
        this.seed = seed;
        List<FieldComparison> comps = FieldComparison.forSchema(schema);
        for (int c = 0; c < comps.size(); c++) {
            if (m[c].length != comps.get(c).levels.length || u[c].length != m[c].length) {
                throw new IllegalArgumentException("model field '" + comps.get(c).field.name() + "' has "
                        + m[c].length + " levels but " + comps.get(c).levels.length + " are expected");
            }
        }
        String hh = this.notes.get(Trainer.HOUSEHOLD_NOTE);
        this.scorer = new Scorer(comps, m, u, lambda, hh == null ? 0 : Double.parseDouble(hh));
        this.version = "fs1-" + digest(parameters());
    }

    /** Trains a deduplication model on the records, unsupervised (labels are never read). */
    public static LinkageModel train(Schema schema, List<Record> records, long seed) {
        var d = new Dataset(schema);
        for (Record r : records) d.add(r, (byte) 0, true);
        return train(d, false, seed, 2, s -> { });
    }

    /**
     * Trains a deduplication model with pairs a person has decided: EM stays unsupervised for every other pair, and
     * each decided pair enters it with a fixed answer (a confirmed pair is a certain match, a rejected one none).
     * Pairs naming a record not in {@code records} are ignored. The records are taken in {@link Dedupe#canonicalOrder}
     * so that the same records give the same model whatever order they arrived in.
     */
    public static LinkageModel train(Schema schema, List<Record> records, long seed, List<LabelledPair> labels) {
        var d = new Dataset(schema);
        for (Record r : Dedupe.canonicalOrder(records)) d.add(r, (byte) 0, true);
        var trainer = new Trainer(d, false, seed, 2, s -> { });
        for (LabelledPair p : labels) {
            Integer a = d.rowOf(p.a()), b = d.rowOf(p.b());
            if (a != null && b != null) trainer.label(a, b, p.match());
        }
        var r = trainer.train();
        var notes = new TreeMap<>(r.notes());
        notes.put("records", Integer.toString(d.size));
        notes.put("mode", "dedupe");
        return new LinkageModel(d.schema, r.m(), r.u(), r.lambda(), r.rules(), notes, seed);
    }

    /** Trains a model for linking two files, unsupervised. */
    public static LinkageModel trainLink(Schema schema, List<Record> left, List<Record> right, long seed) {
        var d = new Dataset(schema);
        for (Record r : left) d.add(r, (byte) 0, true);
        for (Record r : right) d.add(r, (byte) 1, true);
        return train(d, true, seed, 2, s -> { });
    }

    /** Trains on an encoded dataset (left rows first when linking). */
    public static LinkageModel train(Dataset d, boolean link, long seed, int threads, Consumer<String> log) {
        var r = new Trainer(d, link, seed, threads, log).train();
        var notes = new TreeMap<>(r.notes());
        notes.put("records", Integer.toString(d.size));
        notes.put("mode", link ? "link" : "dedupe");
        return new LinkageModel(d.schema, r.m(), r.u(), r.lambda(), r.rules(), notes, seed);
    }

    public Schema schema() {
        return schema;
    }

    public double lambda() {
        return lambda;
    }

    public double priorWeight() {
        return scorer.prior;
    }

    public List<BlockingRule> blockingRules() {
        return rules;
    }

    public Scorer scorer() {
        return scorer;
    }

    /** A stable identifier of the parameters (changes whenever a weight changes). */
    public String version() {
        return version;
    }

    /** Compares two records on their own (no term-frequency adjustment: no population is known). */
    public Comparison compare(Record a, Record b) {
        var d = new Dataset(schema);
        d.add(a, (byte) 0, false);
        d.add(b, (byte) 1, false);
        Explanation e = scorer.explain(d, 0, 1, false);
        double w = e.matchWeight();
        return new Comparison(w, Probability.of(w), e, e.strongContraryEvidence());
    }

    /** The model as a table of weights, one line per field and level. */
    public String weightsTable() {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Model %s  prior lambda %.6g  prior weight %.2f  household log2 odds %.2f%n", version, lambda,
                scorer.prior, scorer.householdOdds));
        sb.append(String.format(Locale.ROOT, "%-20s %-12s %-34s %10s %10s %8s%n", "field", "type", "level", "m", "u", "weight"));
        for (int c = 0; c < scorer.comps.length; c++) {
            FieldComparison fc = scorer.comps[c];
            for (int l = 0; l < fc.levels.length; l++) {
                sb.append(String.format(Locale.ROOT, "%-20s %-12s %-34s %10.6f %10.6f %8.2f%n",
                        l == 0 ? fc.field.name() : "", l == 0 ? fc.field.type().cliName() : "", fc.levels[l],
                        m[c][l], u[c][l], scorer.w[c][l]));
            }
            sb.append(String.format(Locale.ROOT, "%-20s %-12s %-34s %10s %10s %8.2f%n", "", "", "null (missing)", "", "", 0.0));
        }
        return sb.toString();
    }

    private Map<String, Object> parameters() {
        var out = new LinkedHashMap<String, Object>();
        out.put("format", FORMAT);
        out.put("lambda", lambda);
        out.put("household_log2_odds", scorer.householdOdds);
        out.put("seed", Long.toString(seed));
        var fields = new ArrayList<Object>();
        for (int c = 0; c < scorer.comps.length; c++) {
            FieldComparison fc = scorer.comps[c];
            var f = new LinkedHashMap<String, Object>();
            f.put("name", fc.field.name());
            f.put("type", fc.field.type().cliName());
            var levels = new ArrayList<Object>();
            for (int l = 0; l < fc.levels.length; l++) {
                var lv = new LinkedHashMap<String, Object>();
                lv.put("level", fc.levels[l]);
                lv.put("m", m[c][l]);
                lv.put("u", u[c][l]);
                levels.add(lv);
            }
            f.put("levels", levels);
            fields.add(f);
        }
        out.put("fields", fields);
        var rs = new ArrayList<Object>();
        for (BlockingRule r : rules) rs.add(r.toSpec());
        out.put("blocking_rules", rs);
        return out;
    }

    public String toJson() {
        var out = parameters();
        out.put("version", version);
        out.put("training", new LinkedHashMap<String, Object>(notes));
        return Json.write(out);
    }

    public static LinkageModel fromJson(String json) {
        Map<String, Object> o = Json.obj(Json.parse(json));
        if (!FORMAT.equals(o.get("format"))) throw new IllegalArgumentException("not a linkage model (format " + o.get("format") + ")");
        var fields = new ArrayList<Field>();
        var fl = Json.arr(o.get("fields"));
        double[][] m = new double[fl.size()][], u = new double[fl.size()][];
        for (int c = 0; c < fl.size(); c++) {
            Map<String, Object> f = Json.obj(fl.get(c));
            fields.add(new Field(FieldType.parse((String) f.get("type")), (String) f.get("name")));
            var lv = Json.arr(f.get("levels"));
            m[c] = new double[lv.size()];
            u[c] = new double[lv.size()];
            for (int l = 0; l < lv.size(); l++) {
                m[c][l] = ((Number) Json.obj(lv.get(l)).get("m")).doubleValue();
                u[c][l] = ((Number) Json.obj(lv.get(l)).get("u")).doubleValue();
            }
        }
        var rules = new ArrayList<BlockingRule>();
        for (Object r : Json.arr(o.get("blocking_rules"))) rules.add(BlockingRule.fromSpec((String) r));
        var notes = new TreeMap<String, String>();
        if (o.get("training") instanceof Map<?, ?> t) t.forEach((k, v) -> notes.put((String) k, String.valueOf(v)));
        return new LinkageModel(new Schema(fields), m, u, ((Number) o.get("lambda")).doubleValue(), rules, notes,
                Long.parseLong(String.valueOf(o.get("seed"))));
    }

    private static String digest(Map<String, Object> params) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Json.write(params).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkageModel other && other.version.equals(version);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }
}
