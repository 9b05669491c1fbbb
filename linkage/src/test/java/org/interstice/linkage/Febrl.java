package org.interstice.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: the FEBRL field mapping, a file copy of dataset 1, and pairwise F1 of a clustering. */
final class Febrl {
    static final String[] FIELD_ARGS = {"--id", "rec_id", "--field", "given_name=given_name", "--field", "family_name=surname",
            "--field", "other=street_number", "--field", "address=address_1", "--field", "address=address_2",
            "--field", "city=suburb", "--field", "postcode=postcode", "--field", "other=state",
            "--field", "dob=date_of_birth", "--field", "other=soc_sec_id"};

    static Path dataset1(Path dir) {
        try (var in = Febrl.class.getResourceAsStream("/febrl/dataset1.csv")) {
            Path p = dir.resolve("dataset1.csv");
            Files.copy(in, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema() {
        return Schema.of(new Field(FieldType.GIVEN_NAME, "given_name"), new Field(FieldType.FAMILY_NAME, "surname"),
                new Field(FieldType.OTHER, "street_number"), new Field(FieldType.ADDRESS, "address_1"),
                new Field(FieldType.ADDRESS, "address_2"), new Field(FieldType.CITY, "suburb"),
                new Field(FieldType.POSTCODE, "postcode"), new Field(FieldType.OTHER, "state"),
                new Field(FieldType.DOB, "date_of_birth"), new Field(FieldType.OTHER, "soc_sec_id"));
    }

    static List<Record> records(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",\\s*");
        var out = new ArrayList<Record>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] v = line.split(",", -1);
            var m = new HashMap<String, String>();
            for (int i = 1; i < header.length; i++) m.put(header[i].strip(), v[i].strip());
            out.add(new Record(v[0].strip(), m));
        }
        return out;
    }

    private static final Pattern ENTITY = Pattern.compile("rec-(\\d+)");

    static String entity(String recId) {
        Matcher m = ENTITY.matcher(recId);
        if (!m.find()) throw new IllegalArgumentException(recId);
        return m.group(1);
    }

    /** Pairwise F1 of clusters (record id to cluster id) against truth (record id to entity). */
    static double pairwiseF1(Map<String, String> cluster, Map<String, String> truth) {
        var byPair = new HashMap<String, Integer>();
        var byCluster = new HashMap<String, Integer>();
        var byTruth = new HashMap<String, Integer>();
        for (var e : cluster.entrySet()) {
            String t = truth.get(e.getKey());
            byPair.merge(e.getValue() + "\u0000" + t, 1, Integer::sum);
            byCluster.merge(e.getValue(), 1, Integer::sum);
            byTruth.merge(t, 1, Integer::sum);
        }
        double tp = pairs(byPair), p = pairs(byCluster), t = pairs(byTruth);
        double precision = p == 0 ? 1 : tp / p, recall = t == 0 ? 1 : tp / t;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double pairs(Map<String, Integer> counts) {
        double s = 0;
        for (int n : counts.values()) s += n * (n - 1) / 2.0;
        return s;
    }
}
