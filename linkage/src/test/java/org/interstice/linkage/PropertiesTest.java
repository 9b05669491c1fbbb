package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.internal.Clusterer;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.FieldComparison;
import org.interstice.linkage.internal.Predictor;
import org.interstice.linkage.internal.Scorer;
import org.interstice.linkage.internal.Similarity.Scratch;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PropertiesTest {
    static final Schema SCHEMA = Schema.of(new Field(FieldType.GIVEN_NAME, "g"), new Field(FieldType.FAMILY_NAME, "f"),
            new Field(FieldType.FULL_NAME, "n"), new Field(FieldType.DOB, "d"), new Field(FieldType.POSTCODE, "p"),
            new Field(FieldType.ADDRESS, "a"), new Field(FieldType.CITY, "c"), new Field(FieldType.OTHER, "o"),
            new Field(FieldType.NHS_NUMBER, "h"), new Field(FieldType.SEX, "s"));
    static final List<FieldComparison> COMPS = FieldComparison.forSchema(SCHEMA);

    @Provide
    Arbitrary<Record> records() {
        Arbitrary<String> name = Arbitraries.of("robert", "bob", "roberta", "rob", "smith", "smyth", "jones", "jonas", "kayleigh",
                "kaleigh", "mohammed", "muhammad", "li", "o'brien", "obrien", "", "ann", "anne");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> date = Arbitraries.of("2009-04-03", "2009-03-04", "20090403", "2009-04-13", "2010-04-03", "1999-12-31",
                "2009-02-30", "", "03/04/2009");
        Arbitrary<String> postcode = Arbitraries.of("SW1A 1AA", "SW1A 1AB", "SW1A 2AA", "SW1B 1AA", "4011", "4012", "", "b12 9qd");
        Arbitrary<String> nhs = Arbitraries.of("9434765919", "943 476 5919", "9434765918", "4010232137", "");
        return Combinators.combine(name, name, word, date, postcode, word, nhs, Arbitraries.of("M", "F", "female", "")).as(
                (g, f, w, d, p, o, h, s) -> new Record("r", Map.of("g", g, "f", f, "n", g + " " + f, "d", d, "p", p,
                        "a", w + " street", "c", f, "o", o, "h", h, "s", s)));
    }

    @Property(tries = 300)
    void comparisonsAreSymmetric(@ForAll("records") Record a, @ForAll("records") Record b) {
        var d = new Dataset(SCHEMA);
        d.add(a, (byte) 0, true);
        d.add(b, (byte) 0, true);
        var s = new Scratch();
        for (FieldComparison c : COMPS) assertThat(c.level(d, 0, 1, s)).as(c.field.name()).isEqualTo(c.level(d, 1, 0, s));
    }

    @Property(tries = 200)
    void identicalValuesAgreeExactlyOrAreMissing(@ForAll("records") Record a) {
        var d = new Dataset(SCHEMA);
        d.add(a, (byte) 0, true);
        d.add(a, (byte) 0, true);
        var s = new Scratch();
        for (FieldComparison c : COMPS) assertThat(c.level(d, 0, 1, s)).isIn(-1, 0);
    }

    @Property(tries = 200)
    void closerAgreementNeverWeighsLess(@ForAll @IntRange(min = 2, max = 8) int levels, @ForAll("probabilities") double[] m,
                                        @ForAll("probabilities") double[] u) {
        double[] mm = java.util.Arrays.copyOf(m, levels), uu = java.util.Arrays.copyOf(u, levels);
        for (int i = 0; i < levels; i++) {
            mm[i] = Math.max(1e-6, mm[i]);
            uu[i] = Math.max(1e-6, uu[i]);
        }
        double[] w = Scorer.monotoneWeights(mm, uu, null);
        for (int l = 1; l < levels; l++) assertThat(w[l]).isLessThanOrEqualTo(w[l - 1] + 1e-12);
    }

    @Provide
    Arbitrary<double[]> probabilities() {
        return Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(8);
    }

    @Property(tries = 200)
    void clustersFormAPartitionAndJoinEveryEdgeAboveTheThreshold(@ForAll @IntRange(min = 1, max = 40) int n,
                                                                   @ForAll("edges") List<int[]> raw) {
        var schema = Schema.of(new Field(FieldType.GIVEN_NAME, "g"));
        var d = new Dataset(schema);
        for (int i = 0; i < n; i++) d.add(new Record("r" + i, Map.of("g", "x" + i)), (byte) 0, true);
        var e = new Predictor.Edges();
        for (int[] x : raw) if (x[0] % n != x[1] % n) e.add(x[0] % n, x[1] % n, x[2]);
        var scorer = new Scorer(FieldComparison.forSchema(schema), new double[][]{{0.9, 0.1}}, new double[][]{{0.1, 0.9}}, 0.01);
        var r = Clusterer.cluster(d, scorer, e, 0, false);
        assertThat(r.clusterOf()).hasSize(n);
        var ids = new HashSet<Integer>();
        for (int c : r.clusterOf()) ids.add(c);
        assertThat(ids).hasSize(r.clusters());
        for (int c : ids) assertThat(c).isBetween(0, r.clusters() - 1);
        for (int i = 0; i < e.size; i++) {
            if (e.w[i] >= 0) assertThat(r.clusterOf()[e.a[i]]).isEqualTo(r.clusterOf()[e.b[i]]);
        }
    }

    @Provide
    Arbitrary<List<int[]>> edges() {
        return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(3)
                .map(a -> new int[]{a[0], a[1], a[2] % 21 - 10}).list().ofMaxSize(60);
    }

    @Property(tries = 50)
    void aClusterNeverHoldsTwoDifferentValidNhsNumbers(@ForAll @IntRange(min = 3, max = 12) int n) {
        var schema = Schema.of(new Field(FieldType.GIVEN_NAME, "g"), new Field(FieldType.NHS_NUMBER, "h"));
        var d = new Dataset(schema);
        String[] valid = {"9434765919", "4010232137"};
        for (int i = 0; i < n; i++) {
            d.add(new Record("r" + i, i == 0 ? Map.of("h", valid[0]) : i == n - 1 ? Map.of("h", valid[1]) : Map.of("g", "x")), (byte) 0, true);
        }
        var e = new Predictor.Edges();
        for (int i = 0; i + 1 < n; i++) e.add(i, i + 1, 10 + i % 3); // a chain from one NHS number to the other
        var scorer = new Scorer(FieldComparison.forSchema(schema), new double[][]{{0.9, 0.1}, {0.9, 0.1}},
                new double[][]{{0.1, 0.9}, {0.1, 0.9}}, 0.01);
        var r = Clusterer.cluster(d, scorer, e, 0, false);
        assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[n - 1]);
        assertThat(r.refusedByIdentifiers()).isEqualTo(1);
        assertThat(scorer.contrary(d, 0, n - 1)).isTrue();
    }
}
