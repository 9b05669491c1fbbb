package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.create(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String[] args(String command, Path input, String... more) {
        var l = new ArrayList<>(List.of(command, "--input", input.toString()));
        l.addAll(List.of(Febrl.FIELD_ARGS));
        l.addAll(List.of(more));
        return l.toArray(String[]::new);
    }

    static Map<String, String> readClusters(Path p) throws IOException {
        var m = new HashMap<String, String>();
        List<String> lines = Files.readAllLines(p);
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            m.put(f[0], f[1]);
        }
        return m;
    }

    @Test
    void dedupeOfFebrl1IsAccurateAndClustersPartitionTheInput() throws IOException {
        Path in = Febrl.dataset1(dir);
        Path out = dir.resolve("clusters.csv"), pairs = dir.resolve("pairs.csv");
        Run r = run(args("dedupe", in, "--out", out.toString(), "--pairs", pairs.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("pairs compared").contains("read took").contains("block and score took");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
        assertThat(Files.readAllLines(pairs).get(0)).isEqualTo("left_id,right_id,match_probability,match_weight");
        Map<String, String> clusters = readClusters(out);
        var truth = new HashMap<String, String>();
        for (Record rec : Febrl.records(in)) truth.put(rec.id(), Febrl.entity(rec.id()));
        assertThat(lines).hasSize(truth.size() + 1); // each record exactly once
        assertThat(clusters.keySet()).isEqualTo(truth.keySet());
        assertThat(Febrl.pairwiseF1(clusters, truth)).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void sameSeedGivesTheSameModelAndClusters() throws IOException {
        Path in = Febrl.dataset1(dir);
        Run a = run(args("dedupe", in, "--out", dir.resolve("a.csv").toString(), "--save-model", dir.resolve("a.json").toString(), "--seed", "7", "--threads", "2"));
        Run b = run(args("dedupe", in, "--out", dir.resolve("b.csv").toString(), "--save-model", dir.resolve("b.json").toString(), "--seed", "7", "--threads", "1"));
        assertThat(a.code()).isZero();
        assertThat(b.code()).isZero();
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(Files.readString(dir.resolve("b.json")));
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(Files.readString(dir.resolve("b.csv")));
    }

    @Test
    void linkWritesSourceColumnAndExplainPrintsWeights() throws IOException {
        Path in = Febrl.dataset1(dir);
        var l = new ArrayList<>(List.of("link", "--left", in.toString(), "--right", in.toString()));
        l.addAll(List.of(Febrl.FIELD_ARGS));
        l.addAll(List.of("--out", dir.resolve("l.csv").toString()));
        Run r = run(l.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("l.csv"));
        assertThat(lines.get(0)).isEqualTo("source,record_id,cluster_id");
        assertThat(lines).anyMatch(s -> s.startsWith("left,")).anyMatch(s -> s.startsWith("right,"));

        Run e = run(args("explain", in, "rec-223-org", "rec-223-dup-0"));
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.out()).contains("given_name").contains("surname").contains("match weight").contains("(prior)");
    }

    @Test
    void readsBomCrlfQuotedFieldsAndSpacesAfterCommas() throws IOException {
        Path in = dir.resolve("in.csv");
        String csv = "\uFEFFid, given, family, dob\r\n"
                + "1, \"Smith, Jr\", Jones, 2001-02-03\r\n"
                + "2, Anna, \"O'Neil\", 20010203\r\n"
                + "3, Anna , O'Neil, 2001-02-03";
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        var t = org.interstice.linkage.internal.Csv.read(in, List.of("id", "given", "family", "dob"));
        assertThat(t.header()).containsExactly("id", "given", "family", "dob");
        assertThat(t.rows()).isEqualTo(3);
        assertThat(t.columns()[1]).containsExactly("Smith, Jr", "Anna", "Anna");
        assertThat(t.columns()[2]).containsExactly("Jones", "O'Neil", "O'Neil");
        assertThat(t.columns()[3]).containsExactly("2001-02-03", "20010203", "2001-02-03");
        Run r = run("dedupe", "--input", in.toString(), "--id", "id", "--field", "given_name=given", "--field", "family_name=family",
                "--field", "dob=dob", "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(readClusters(dir.resolve("c.csv"))).containsOnlyKeys("1", "2", "3");
    }

    @Test
    void missingColumnNamesFileRowAndColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,given\n1,Ann\n");
        Run r = run("dedupe", "--input", in.toString(), "--id", "id", "--field", "given_name=given", "--field", "dob=birth",
                "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(in.toString()).contains("row 1").contains("'birth'");
    }

    @Test
    void malformedRowNamesFileRowAndColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,given,dob\n1,Ann,2001-01-01\n2,Bob\n");
        Run r = run("dedupe", "--input", in.toString(), "--id", "id", "--field", "given_name=given", "--field", "dob=dob",
                "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(in.toString()).contains("row 3").contains("column 3").contains("'dob'");

        Files.writeString(in, "id,given,dob\n1,Ann,2001-01-01\n2,\"Bob,2001-01-01\n");
        r = run("dedupe", "--input", in.toString(), "--id", "id", "--field", "given_name=given", "--field", "dob=dob",
                "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(in.toString()).contains("row 3").contains("column 2").contains("unterminated");
    }

    @Test
    void unreadableFileIsAnErrorNamingTheFile() {
        Path in = dir.resolve("missing.csv");
        Run r = run("dedupe", "--input", in.toString(), "--id", "id", "--field", "given_name=given", "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(in.toString()).contains("cannot read");
    }

    @Test
    void unknownFieldTypeIsAUsageError() {
        Run r = run("dedupe", "--input", "x.csv", "--id", "id", "--field", "shoe_size=s", "--out", "c.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown field type 'shoe_size'");
    }
}
