package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.synth.SyntheticPopulation;
import org.interstice.linkage.synth.SyntheticRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Twins and siblings share household fields; a clear given-name disagreement must keep them apart. */
class HouseholdTest {
    static final Schema SCHEMA = Schema.of(new Field(FieldType.GIVEN_NAME, "given_name"), new Field(FieldType.FAMILY_NAME, "family_name"),
            new Field(FieldType.DOB, "dob"), new Field(FieldType.SEX, "sex"), new Field(FieldType.POSTCODE, "postcode"),
            new Field(FieldType.ADDRESS, "address"), new Field(FieldType.CITY, "city"), new Field(FieldType.PHONE, "phone"),
            new Field(FieldType.EMAIL, "email"), new Field(FieldType.NHS_NUMBER, "nhs_number"), new Field(FieldType.UPN, "upn"),
            new Field(FieldType.PNC_ID, "pnc_id"));
    static IncrementalIndex index;

    static Record record(SyntheticRecord s) {
        var m = new HashMap<String, String>();
        List<String> cols = SyntheticRecord.COLUMNS;
        List<String> v = s.values();
        for (int i = 0; i < cols.size(); i++) m.put(cols.get(i), v.get(i));
        m.remove("truth_id"); // labels are never given to the engine
        return new Record(s.recordId(), m);
    }

    static Record person(String id, String given, String dob, String sex) {
        return new Record(id, Map.of("given_name", given, "family_name", "Adeyemi-Okafor", "dob", dob, "sex", sex,
                "postcode", "B12 9QD", "address", "14 Elmwood Road", "city", "Birmingham", "phone", "07700 900123"));
    }

    static Record person(String id, String given, String dob, String sex, String nhsNumber) {
        var m = new HashMap<>(person(id, given, dob, sex).values());
        m.put("nhs_number", nhsNumber);
        return new Record(id, m);
    }

    @BeforeAll
    static void trainOnASyntheticPopulation() {
        var records = new ArrayList<Record>();
        SyntheticPopulation.records(2_000, 11).forEachRemaining(s -> records.add(record(s)));
        LinkageModel model = LinkageModel.train(SCHEMA, records, 5);
        index = new IncrementalIndex(model);
        records.forEach(index::add);
    }

    private static double probability(Record query, String id) {
        return index.candidates(query, 0, Integer.MAX_VALUE).stream().filter(c -> c.recordId().equals(id))
                .mapToDouble(Candidate::matchProbability).findFirst().orElse(0);
    }

    @Test
    void twinsWithDifferentGivenNamesStayApart() {
        index.add(person("twin-1", "Kemi", "2015-06-14", "F"));
        assertThat(probability(person("twin-2", "Grace", "2015-06-14", "F"), "twin-1")).isLessThan(LinkageModel.DEFAULT_THRESHOLD);
        assertThat(probability(person("twin-3", "Daniel", "2015-06-14", "M"), "twin-1")).isLessThan(LinkageModel.DEFAULT_THRESHOLD);
    }

    @Test
    void twinsWithTheirOwnNhsNumbersStayApartEvenWhenTheNumbersAreConsecutive() {
        // 943 476 5919 and 943 476 5927 are both valid: consecutive allocations, as twins often get
        index.add(person("nhs-twin-1", "Kemi", "2015-06-14", "F", "9434765919"));
        assertThat(probability(person("nhs-twin-2", "Grace", "2015-06-14", "F", "9434765927"), "nhs-twin-1"))
                .isLessThan(LinkageModel.DEFAULT_THRESHOLD);
    }

    @Test
    void theSameChildUnderAnotherGivenNameIsRecognisedByTheirNhsNumberEvenMistyped() {
        // a name change (adoption, a preferred name) with the same NHS number is one child, not a sibling: a twin
        // has a number of their own, not a copy of their sibling's, nor a copy with one digit mistyped
        index.add(person("renamed-1", "Kemi", "2015-06-14", "F", "9434765919"));
        assertThat(probability(person("renamed-2", "Grace", "2015-06-14", "F", "9434765919"), "renamed-1"))
                .isGreaterThan(LinkageModel.DEFAULT_THRESHOLD);
        assertThat(probability(person("renamed-3", "Grace", "2015-06-14", "F", "9434756919"), "renamed-1"))
                .as("two digits swapped: fails the check, one keying error from the indexed number")
                .isGreaterThan(LinkageModel.DEFAULT_THRESHOLD);
    }

    @Test
    void howCommonHouseholdsAreIsLearntFromTheData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // a synthetic UK population lives in households: pairs sharing family name and address are mostly two people
        assertThat(index.model().scorer().householdOdds).isNegative();
        // FEBRL has hardly any households: such pairs are mostly one person recorded twice
        var febrl = LinkageModel.train(Febrl.schema(), Febrl.records(Febrl.dataset1(dir)), 1);
        assertThat(febrl.scorer().householdOdds).isPositive();
        assertThat(LinkageModel.fromJson(febrl.toJson()).scorer().householdOdds).isEqualTo(febrl.scorer().householdOdds);
    }

    @Test
    void siblingsWithDifferentGivenNamesStayApart() {
        index.add(person("sib-1", "Kemi", "2015-06-14", "F"));
        assertThat(probability(person("sib-2", "Adaeze", "2012-01-30", "F"), "sib-1")).isLessThan(0.5);
    }

    @Test
    void theSameChildWithATypoOrNicknameStillMatches() {
        index.add(person("child-1", "Elizabeth", "2015-06-14", "F"));
        assertThat(probability(person("child-2", "Elizabteh", "2015-06-14", "F"), "child-1")).isGreaterThan(LinkageModel.DEFAULT_THRESHOLD);
        assertThat(probability(person("child-3", "Beth", "2015-06-14", "F"), "child-1")).isGreaterThan(LinkageModel.DEFAULT_THRESHOLD);
    }
}
