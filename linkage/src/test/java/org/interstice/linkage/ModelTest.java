package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTest {
    static List<Record> records;
    static LinkageModel model;

    @BeforeAll
    static void train(@TempDir Path dir) throws IOException {
        records = Febrl.records(Febrl.dataset1(dir));
        model = LinkageModel.train(Febrl.schema(), records, 3);
    }

    @Test
    void savesAndLoadsAsJson() {
        LinkageModel back = LinkageModel.fromJson(model.toJson());
        assertThat(back.version()).isEqualTo(model.version());
        assertThat(back.toJson()).isEqualTo(model.toJson());
        assertThat(back.weightsTable()).isEqualTo(model.weightsTable());
    }

    @Test
    void sameInputAndSeedGiveTheSameModel() {
        assertThat(LinkageModel.train(Febrl.schema(), records, 3).toJson()).isEqualTo(model.toJson());
    }

    @Test
    void weightsTableListsEveryFieldAndLevel() {
        String t = model.weightsTable();
        assertThat(t).contains("given_name").contains("jaro-winkler >= 0.92").contains("nickname").contains("double metaphone")
                .contains("date_of_birth").contains("one edit or day-month swap").contains("soc_sec_id").contains("levenshtein <= 1");
    }

    @Test
    void explanationWeightsSumToTheMatchWeight() {
        Record a = records.stream().filter(r -> r.id().equals("rec-223-org")).findFirst().orElseThrow();
        Record b = records.stream().filter(r -> r.id().equals("rec-223-dup-0")).findFirst().orElseThrow();
        Comparison c = model.compare(a, b);
        double sum = c.explanation().prior() + c.explanation().contributions().stream().mapToDouble(Contribution::weight).sum();
        assertThat(c.matchWeight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.matchProbability()).isGreaterThan(0.95);
        assertThat(c.explanation().contributions()).extracting(Contribution::field).contains("given_name", "surname", "soc_sec_id");
    }

    @Test
    void explanationsAddUpToTheScoreForEveryKindOfPair() {
        var d = new org.interstice.linkage.internal.Dataset(model.schema());
        records.forEach(r -> d.add(r, (byte) 0, true));
        var s = new org.interstice.linkage.internal.Similarity.Scratch();
        var rnd = new java.util.SplittableRandom(1);
        for (int k = 0; k < 3000; k++) {
            int a = rnd.nextInt(d.size), b = k % 3 == 0 ? d.rowOf(partner(d.recordIds[a])) : rnd.nextInt(d.size);
            double score = model.scorer().score(d, a, b, s, true);
            double sum = model.scorer().explain(d, a, b, true).matchWeight();
            assertThat(sum).as(d.recordIds[a] + " " + d.recordIds[b]).isCloseTo(score, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static String partner(String id) {
        String e = Febrl.entity(id);
        return records.stream().map(Record::id).filter(x -> Febrl.entity(x).equals(e) && !x.equals(id)).findFirst().orElse(id);
    }

    @Test
    void missingValuesWeighNothing() {
        Comparison c = model.compare(new Record("x", Map.of("given_name", "anna")), new Record("y", Map.of("surname", "smith")));
        assertThat(c.explanation().contributions()).allSatisfy(x -> assertThat(x.weight()).isZero());
        assertThat(c.matchWeight()).isEqualTo(model.priorWeight());
    }

    @Test
    void levelsAreMonotone() {
        var s = model.scorer();
        for (int c = 0; c < s.comps.length; c++) {
            double prev = Double.POSITIVE_INFINITY;
            for (int l = 0; l < s.w[c].length; l++) {
                if (s.comps[c].side[l]) continue;
                assertThat(s.w[c][l]).as(s.comps[c].field.name() + " " + s.comps[c].levels[l]).isLessThanOrEqualTo(prev);
                prev = s.w[c][l];
            }
        }
    }
}
