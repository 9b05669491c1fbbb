package org.interstice.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairwise-F1 evaluator.
 * <pre>
 * Evaluate --clusters clusters.csv (--truth FILE | --truth-left FILE --truth-right FILE)
 *          [--febrl | --id-column COL (--truth-column COL | --truth-from-id REGEX)] [--tsv]
 * </pre>
 * clusters.csv is {@code record_id,cluster_id} (dedupe) or {@code source,record_id,cluster_id} with source
 * {@code left}/{@code right} (link: only left-right pairs count). The truth files are the inputs themselves:
 * generated data carry {@code truth_id}; FEBRL encodes the entity in the id ({@code --febrl}: id column
 * {@code rec_id}, entity = N in {@code rec-N-org}/{@code rec-N-dup-k}).
 * Prints precision, recall, F1 and the pair counts; {@code --tsv} prints one tab-separated line
 * {@code precision recall f1 tp predicted_pairs true_pairs records}. Exit 0, or 2 on bad input.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path clusters = null;
        Path truth = null;
        Path truthLeft = null;
        Path truthRight = null;
        String idColumn = "record_id";
        String truthColumn = "truth_id";
        Pattern fromId = null;
        boolean tsv = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--clusters" -> clusters = Path.of(args[++i]);
                    case "--truth" -> truth = Path.of(args[++i]);
                    case "--truth-left" -> truthLeft = Path.of(args[++i]);
                    case "--truth-right" -> truthRight = Path.of(args[++i]);
                    case "--id-column" -> idColumn = args[++i];
                    case "--truth-column" -> truthColumn = args[++i];
                    case "--truth-from-id" -> fromId = Pattern.compile(args[++i]);
                    case "--febrl" -> {
                        idColumn = "rec_id";
                        fromId = Pattern.compile("rec-(\\d+)");
                    }
                    case "--tsv" -> tsv = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (clusters == null || (truth == null && (truthLeft == null || truthRight == null))) {
                throw new IllegalArgumentException("need --clusters and --truth (or --truth-left and --truth-right)");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println("usage: Evaluate --clusters FILE (--truth FILE | --truth-left FILE --truth-right FILE) "
                    + "[--febrl | --id-column COL (--truth-column COL | --truth-from-id REGEX)] [--tsv]");
            return 2;
        }
        try {
            PairwiseF1.Result r = evaluate(clusters, truth, truthLeft, truthRight, idColumn, truthColumn, fromId, err);
            if (tsv) {
                out.printf(Locale.ROOT, "%.6f\t%.6f\t%.6f\t%d\t%d\t%d\t%d%n", r.precision(), r.recall(), r.f1(),
                        r.truePositives(), r.predictedPairs(), r.truePairs(), r.records());
            } else {
                out.println(r);
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            return 2;
        }
    }

    static PairwiseF1.Result evaluate(Path clusters, Path truth, Path truthLeft, Path truthRight, String idColumn,
                                      String truthColumn, Pattern fromId, PrintStream err) throws IOException {
        PairwiseF1 f1;
        boolean link;
        try (Csv csv = Csv.open(clusters)) {
            link = csv.header().contains("source");
            f1 = link ? PairwiseF1.link() : PairwiseF1.dedupe();
            int source = link ? csv.column("source") : -1;
            int id = csv.column("record_id");
            int cluster = csv.column("cluster_id");
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() <= Math.max(id, Math.max(cluster, source))) {
                    throw new IOException(clusters + ": row " + csv.row() + ": too few columns");
                }
                f1.predicted(side(link, source < 0 ? null : row.get(source), clusters, csv.row()), row.get(id),
                        row.get(cluster));
            }
        }
        if (link) {
            readTruth(f1, PairwiseF1.Side.LEFT, truthLeft != null ? truthLeft : truth, idColumn, truthColumn, fromId);
            readTruth(f1, PairwiseF1.Side.RIGHT, truthRight != null ? truthRight : truth, idColumn, truthColumn,
                    fromId);
        } else {
            readTruth(f1, PairwiseF1.Side.ANY, truth != null ? truth : truthLeft, idColumn, truthColumn, fromId);
        }
        long unknown = f1.unknownRecords();
        if (unknown > 0) {
            err.println("evaluate: warning: " + unknown + " clustered records are not in the truth (counted as "
                    + "their own entities)");
        }
        return f1.result();
    }

    private static PairwiseF1.Side side(boolean link, String source, Path file, long row) throws IOException {
        if (!link) {
            return PairwiseF1.Side.ANY;
        }
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "left", "l" -> PairwiseF1.Side.LEFT;
            case "right", "r" -> PairwiseF1.Side.RIGHT;
            default -> throw new IOException(file + ": row " + row + ": source must be left or right, not '"
                    + source + "'");
        };
    }

    private static void readTruth(PairwiseF1 f1, PairwiseF1.Side side, Path file, String idColumn,
                                  String truthColumn, Pattern fromId) throws IOException {
        try (Csv csv = Csv.open(file)) {
            String idName = csv.header().contains(idColumn) ? idColumn
                    : csv.header().contains("rec_id") ? "rec_id" : idColumn;
            int id = csv.column(idName);
            int entity = fromId == null ? csv.column(truthColumn) : -1;
            List<String> row;
            while ((row = csv.next()) != null) {
                String recordId = row.get(id);
                String truth;
                if (fromId != null) {
                    Matcher m = fromId.matcher(recordId);
                    if (!m.find()) {
                        throw new IOException(file + ": row " + csv.row() + ": id '" + recordId
                                + "' does not match " + fromId.pattern());
                    }
                    truth = m.groupCount() > 0 ? m.group(1) : m.group();
                } else {
                    truth = row.get(entity);
                }
                f1.truth(side, recordId, truth);
            }
        }
    }
}
