package org.interstice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interstice.bench.PairwiseF1.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairwiseF1Test {

    @Test
    void dedupeCountsEveryPairInsideClusters() {
        // truth: {a,b,c} {d,e} {f}; predicted: {a,b} {c,d,e} {f}
        PairwiseF1 f1 = PairwiseF1.dedupe();
        String[][] truth = {{"a", "1"}, {"b", "1"}, {"c", "1"}, {"d", "2"}, {"e", "2"}, {"f", "3"}};
        String[][] predicted = {{"a", "x"}, {"b", "x"}, {"c", "y"}, {"d", "y"}, {"e", "y"}, {"f", "z"}};
        for (String[] t : truth) {
            f1.truth(Side.ANY, t[0], t[1]);
        }
        for (String[] p : predicted) {
            f1.predicted(Side.ANY, p[0], p[1]);
        }
        PairwiseF1.Result r = f1.result();
        // true pairs ab ac bc de = 4; predicted ab cd ce de = 4; both: ab de = 2
        assertThat(r.truePairs()).isEqualTo(4);
        assertThat(r.predictedPairs()).isEqualTo(4);
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isEqualTo(0.5);
        assertThat(r.records()).isEqualTo(6);
    }

    @Test
    void recordsMissingFromTheClustersAreSingletonsSoTheirPairsAreMissed() {
        PairwiseF1 f1 = PairwiseF1.dedupe()
                .truth(Side.ANY, "a", "1").truth(Side.ANY, "b", "1").truth(Side.ANY, "c", "1")
                .predicted(Side.ANY, "a", "x").predicted(Side.ANY, "b", "x");
        PairwiseF1.Result r = f1.result();
        assertThat(r.truePairs()).isEqualTo(3);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void linkCountsOnlyLeftRightPairs() {
        // one cluster holding L1, L2 (a left-side duplicate) and R1, all entity 7: only L1-R1 and L2-R1 count
        PairwiseF1 f1 = PairwiseF1.link()
                .truth(Side.LEFT, "1", "7").truth(Side.LEFT, "2", "7").truth(Side.RIGHT, "1", "7")
                .truth(Side.LEFT, "3", "8").truth(Side.RIGHT, "3", "8")
                .predicted(Side.LEFT, "1", "c").predicted(Side.LEFT, "2", "c").predicted(Side.RIGHT, "1", "c")
                .predicted(Side.LEFT, "3", "d").predicted(Side.RIGHT, "3", "e");
        PairwiseF1.Result r = f1.result();
        assertThat(r.truePairs()).isEqualTo(3);
        assertThat(r.predictedPairs()).isEqualTo(2);
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void linkKeepsTheSameIdOnBothSidesApart() {
        PairwiseF1 f1 = PairwiseF1.link()
                .truth(Side.LEFT, "x", "1").truth(Side.RIGHT, "x", "2")
                .predicted(Side.LEFT, "x", "c").predicted(Side.RIGHT, "x", "c");
        PairwiseF1.Result r = f1.result();
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.predictedPairs()).isEqualTo(1);
        assertThat(r.truePositives()).isZero();
        assertThat(r.f1()).isZero();
    }

    @Test
    void noPredictedPairsAndNoTruePairsIsPerfect() {
        PairwiseF1.Result r = PairwiseF1.dedupe().truth(Side.ANY, "a", "1").predicted(Side.ANY, "a", "c").result();
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
    }

    @Test
    void theCommandReadsFebrlIdsAndGeneratedTruthColumns(@TempDir Path dir) throws IOException {
        Path febrl = dir.resolve("febrl.csv");
        Files.writeString(febrl, "\uFEFFrec_id, given_name, surname\r\nrec-1-org, ann, lee\r\nrec-1-dup-0, anne, lee\r\n"
                + "rec-2-org, bob, ray\r\nrec-2-dup-0, rob, ray\r\nrec-2-dup-1, bob, rae");
        Path clusters = dir.resolve("clusters.csv");
        Files.writeString(clusters, "record_id,cluster_id\nrec-1-org,1\nrec-1-dup-0,1\nrec-2-org,2\nrec-2-dup-0,2\n"
                + "rec-2-dup-1,3\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Evaluate.run(new String[] {"--clusters", clusters.toString(), "--truth", febrl.toString(), "--febrl",
            "--tsv"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(code).isZero();
        // true pairs: 1 + 3 = 4; predicted: 1 + 1 = 2, both correct
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("1.000000\t0.500000\t0.666667\t2\t2\t4\t5");

        Path generated = dir.resolve("generated.csv");
        Files.writeString(generated, "record_id,truth_id,agency,address\nR1,P1,HEALTH,\"Flat 1, 2 High St\"\n"
                + "R2,P1,POLICE,\nR3,P2,HEALTH,\n");
        Path linked = dir.resolve("linked.csv");
        Files.writeString(linked, "record_id,cluster_id\nR1,a\nR2,a\nR3,a\n");
        out.reset();
        code = Evaluate.run(new String[] {"--clusters", linked.toString(), "--truth", generated.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("precision 0.333333", "recall 1.000000", "tp 1", "predicted_pairs 3", "true_pairs 1");
    }

    @Test
    void theCommandEvaluatesLinkClustersAgainstTwoFiles(@TempDir Path dir) throws IOException {
        Path left = dir.resolve("a.csv");
        Path right = dir.resolve("b.csv");
        Files.writeString(left, "rec_id, surname\nrec-1-org, lee\nrec-2-org, ray\n");
        Files.writeString(right, "rec_id, surname\nrec-1-dup-0, lee\nrec-2-dup-0, rae\n");
        Path clusters = dir.resolve("clusters.csv");
        Files.writeString(clusters, "source,record_id,cluster_id\nleft,rec-1-org,k\nright,rec-1-dup-0,k\n"
                + "left,rec-2-org,m\nright,rec-2-dup-0,n\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Evaluate.run(new String[] {"--clusters", clusters.toString(), "--truth-left", left.toString(),
            "--truth-right", right.toString(), "--febrl", "--tsv"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).startsWith("1.000000\t0.500000\t0.666667\t1\t1\t2");
    }

    @Test
    void aMissingColumnIsReportedWithTheFileName(@TempDir Path dir) throws IOException {
        Path clusters = dir.resolve("clusters.csv");
        Files.writeString(clusters, "id,cluster\n1,1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Evaluate.run(new String[] {"--clusters", clusters.toString(), "--truth", clusters.toString()},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("clusters.csv").contains("record_id");
    }
}
