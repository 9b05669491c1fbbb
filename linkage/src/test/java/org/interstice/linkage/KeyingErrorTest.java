package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.internal.BlockingRule;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.FieldComparison;
import org.interstice.linkage.internal.Normalise;
import org.interstice.linkage.internal.Rules;
import org.interstice.linkage.internal.Scorer;
import org.interstice.linkage.internal.Similarity.Scratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keying errors in identifiers and addresses split differently across columns: levels and blocking. */
class KeyingErrorTest {
    private static final Scratch S = new Scratch();

    private static Dataset dataset(Schema schema, List<Map<String, String>> rows) {
        var d = new Dataset(schema);
        for (int i = 0; i < rows.size(); i++) d.add(new Record("r" + i, rows.get(i)), (byte) 0, true);
        return d;
    }

    private static String level(FieldComparison fc, Dataset d, int a, int b) {
        int l = fc.level(d, a, b, S);
        assertThat(fc.level(d, b, a, S)).as("symmetric").isEqualTo(l);
        return l < 0 ? "null" : fc.levels[l];
    }

    @Test
    void aGenericIdentifierOneKeyingErrorApartHasItsOwnLevel() {
        var schema = Schema.of(new Field(FieldType.IDENTIFIER, "id"));
        Dataset d = dataset(schema, List.of(Map.of("id", "4137877"), Map.of("id", "4137787"), Map.of("id", "4137887"),
                Map.of("id", "413787"), Map.of("id", "4137878"), Map.of("id", "9020997"), Map.of("id", "41 378 77")));
        FieldComparison fc = FieldComparison.forSchema(schema).get(0);
        assertThat(level(fc, d, 0, 6)).as("same identifier written with spaces").isEqualTo("exact");
        assertThat(level(fc, d, 0, 1)).as("adjacent digits swapped").isEqualTo("one keying error");
        assertThat(level(fc, d, 1, 2)).as("one digit substituted").isEqualTo("one keying error");
        assertThat(level(fc, d, 0, 3)).as("one digit lost").isEqualTo("one keying error");
        assertThat(level(fc, d, 0, 4)).as("allocated next in sequence").isEqualTo("consecutive numbers");
        assertThat(level(fc, d, 0, 5)).as("another person's identifier").isEqualTo("else");
    }

    private static String validNhsNumberAfter(String start) {
        long n = Long.parseLong(start.substring(0, 9));
        while (true) {
            n++;
            String base = Long.toString(n);
            for (int c = 0; c <= 9; c++) {
                if (Normalise.validNhsNumber(base + c)) return base + c;
            }
        }
    }

    @Test
    void anNhsNumberFailingItsCheckOneEditFromAValidOneIsATypoWhileTwoValidNumbersAreTwoPeople() {
        String valid = "9434765919", twin = validNhsNumberAfter(valid), typo = "9434765819", garbled = "1234512345";
        assertThat(Normalise.validNhsNumber(valid)).isTrue();
        assertThat(Normalise.validNhsNumber(typo)).isFalse();
        assertThat(Normalise.validNhsNumber(garbled)).isFalse();
        var schema = Schema.of(new Field(FieldType.NHS_NUMBER, "nhs"));
        Dataset d = dataset(schema, List.of(Map.of("nhs", valid), Map.of("nhs", typo), Map.of("nhs", twin),
                Map.of("nhs", garbled), Map.of("nhs", "943 476 5919"), Map.of("nhs", "0000000000")));
        FieldComparison fc = FieldComparison.forSchema(schema).get(0);
        var scorer = new Scorer(List.of(fc), new double[][]{{0.9, 0.05, 0.05}}, new double[][]{{1e-4, 1e-5, 0.9999}}, 1e-3);

        assertThat(level(fc, d, 0, 4)).isEqualTo("exact");
        assertThat(level(fc, d, 0, 1)).isEqualTo("one keying error (one value fails the check)");
        assertThat(scorer.contrary(d, 0, 1)).as("a mistyped number is not contrary evidence").isFalse();
        assertThat(level(fc, d, 0, 2)).isEqualTo("else");
        assertThat(scorer.contrary(d, 0, 2)).as("two different valid NHS numbers").isTrue();
        assertThat(level(fc, d, 0, 3)).as("a failing number far from the valid one says nothing").isEqualTo("null");
        assertThat(level(fc, d, 1, 3)).as("two failing numbers say nothing").isEqualTo("null");
        assertThat(level(fc, d, 0, 5)).as("a placeholder is missing").isEqualTo("null");
    }

    @Test
    void identifierKeyingErrorsShareABlockingKeyAndUnrelatedIdentifiersDoNot() {
        var schema = Schema.of(new Field(FieldType.GIVEN_NAME, "given"), new Field(FieldType.IDENTIFIER, "id"));
        Dataset d = dataset(schema, List.of(Map.of("given", "jacobie", "id", "4137877"), Map.of("given", "blake", "id", "4137787"),
                Map.of("given", "emma", "id", "9020997")));
        BlockingRule rule = Rules.prediction(d).stream().filter(r -> r.describe(d).contains("one character deleted"))
                .findFirst().orElseThrow();
        assertThat(shared(rule.keys(d, 0), rule.keys(d, 1))).isTrue();
        assertThat(shared(rule.keys(d, 0), rule.keys(d, 2))).isFalse();
    }

    private static boolean shared(long[] a, long[] b) {
        return Arrays.stream(a).anyMatch(x -> Arrays.stream(b).anyMatch(y -> y == x));
    }

    @Test
    void anAddressWithItsPartsInSwappedColumnsIsStillACandidate(@TempDir Path dir) throws IOException {
        // FEBRL1 rec-261: one system put "the canberra hospital" in address_1, the other in address_2; the given name
        // is missing on one side and the date of birth differs by a digit, so only the address can bring the pair in
        var schema = Schema.of(new Field(FieldType.GIVEN_NAME, "given_name"), new Field(FieldType.FAMILY_NAME, "surname"),
                new Field(FieldType.ADDRESS, "address_1"), new Field(FieldType.ADDRESS, "address_2"),
                new Field(FieldType.CITY, "suburb"), new Field(FieldType.POSTCODE, "postcode"), new Field(FieldType.DOB, "date_of_birth"));
        List<Record> records = Febrl.records(Febrl.dataset1(dir));
        Record query = records.stream().filter(r -> r.id().equals("rec-261-dup-0")).findFirst().orElseThrow();
        Record original = records.stream().filter(r -> r.id().equals("rec-261-org")).findFirst().orElseThrow();
        assertThat(query.value("address_1")).isEqualTo(original.value("address_2"));

        var d = new Dataset(schema);
        records.forEach(r -> d.add(r, (byte) 0, true));
        List<BlockingRule> rules = Rules.prediction(d);
        assertThat(rules).anyMatch(BlockingRule::multi);
        int q = records.indexOf(query), o = records.indexOf(original);
        assertThat(rules).as("only the cross-column rule brings the pair in")
                .filteredOn(r -> shared(r.keys(d, q), r.keys(d, o))).singleElement().satisfies(r -> assertThat(r.multi()).isTrue());

        var index = new IncrementalIndex(LinkageModel.train(schema, records, 1));
        records.stream().filter(r -> r != query).forEach(index::add);
        assertThat(index.candidates(query, 0, Integer.MAX_VALUE)).extracting(Candidate::recordId).contains("rec-261-org");
    }

    @Test
    void aPairIsScoredOnceEvenWhenItSharesSeveralKeysOfOneRule() {
        var schema = Schema.of(new Field(FieldType.GIVEN_NAME, "given"), new Field(FieldType.FAMILY_NAME, "family"),
                new Field(FieldType.IDENTIFIER, "id"));
        var rows = new java.util.ArrayList<Map<String, String>>();
        for (int i = 0; i < 40; i++) {
            var m = new HashMap<String, String>();
            m.put("given", "given" + (char) ('a' + i % 26));
            m.put("family", "family" + (char) ('a' + i / 2 % 26));
            m.put("id", Integer.toString(5_000_000 + i * 7919));
            rows.add(m);
        }
        Dataset d = dataset(schema, rows);
        d.add(new Record("twin", Map.of("given", "other", "family", "different", "id", Integer.toString(5_000_000))), (byte) 0, true);
        var model = LinkageModel.train(schema, rows.stream().map(m -> new Record(m.get("id"), m)).toList(), 1);
        var result = org.interstice.linkage.internal.Predictor.run(d, model.scorer(), model.blockingRules(), false,
                Double.NEGATIVE_INFINITY, 1, 1000, s -> { });
        var seen = new java.util.HashSet<Long>();
        for (int i = 0; i < result.edges().size; i++) {
            int a = Math.min(result.edges().a[i], result.edges().b[i]), b = Math.max(result.edges().a[i], result.edges().b[i]);
            assertThat(seen.add(((long) a << 32) | b)).as("pair %d-%d scored once", a, b).isTrue();
        }
        assertThat(seen).contains((0L << 32) | 40); // identical identifiers share every deletion key
    }
}
