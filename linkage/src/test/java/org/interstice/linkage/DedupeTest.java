package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.interstice.linkage.synth.SyntheticPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's batch dedupe and training with decided pairs, as the application uses them. */
class DedupeTest {
    static final List<Record> RECORDS = new ArrayList<>();
    static final Map<String, String> TRUTH = new HashMap<>();

    @BeforeAll
    static void population() {
        SyntheticPopulation.records(1_500, 23).forEachRemaining(s -> {
            RECORDS.add(HouseholdTest.record(s));
            TRUTH.put(s.recordId(), s.truthId());
        });
    }

    /** Pairs of records placed together, as "a|b" with a < b. */
    private static Set<String> pairs(Map<String, Integer> clusterOf) {
        Map<Integer, List<String>> members = new HashMap<>();
        clusterOf.forEach((id, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        Set<String> out = new HashSet<>();
        for (List<String> m : members.values()) {
            Collections.sort(m);
            for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) out.add(m.get(i) + "|" + m.get(j));
        }
        return out;
    }

    @Test
    void theSameRecordsInAnotherOrderGiveTheSameModelAndTheSameClusters() {
        List<Record> shuffled = new ArrayList<>(RECORDS);
        Collections.shuffle(shuffled, new Random(3));
        LinkageModel a = LinkageModel.train(HouseholdTest.SCHEMA, RECORDS, 7, List.of());
        LinkageModel b = LinkageModel.train(HouseholdTest.SCHEMA, shuffled, 7, List.of());
        assertThat(b.version()).isEqualTo(a.version());
        Dedupe.Result x = Dedupe.cluster(a, RECORDS, LinkageModel.DEFAULT_THRESHOLD, 2);
        Dedupe.Result y = Dedupe.cluster(a, shuffled, LinkageModel.DEFAULT_THRESHOLD, 2);
        assertThat(pairs(y.clusterOf())).isEqualTo(pairs(x.clusterOf()));
        // and the clusters are good: most pairs placed together are one person
        Set<String> predicted = pairs(x.clusterOf());
        long right = predicted.stream().filter(p -> TRUTH.get(p.split("\\|")[0]).equals(TRUTH.get(p.split("\\|")[1]))).count();
        assertThat(right).isGreaterThan((long) (0.98 * predicted.size()));
        assertThat(x.links()).allSatisfy(l -> assertThat(l.matchProbability()).isGreaterThanOrEqualTo(LinkageModel.DEFAULT_THRESHOLD));
    }

    @Test
    void confirmedPairsAreCertainMatchesInTraining() {
        LinkageModel unsupervised = LinkageModel.train(HouseholdTest.SCHEMA, RECORDS, 7, List.of());
        // a reviewer confirmed pairs of one person whose given names differ by a nickname or a typo
        List<LabelledPair> labels = new ArrayList<>();
        Map<String, Record> byId = new HashMap<>();
        RECORDS.forEach(r -> byId.put(r.id(), r));
        Map<String, List<String>> byTruth = new HashMap<>();
        TRUTH.forEach((id, t) -> byTruth.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
        for (List<String> ids : byTruth.values()) {
            Collections.sort(ids);
            for (int i = 1; i < ids.size() && labels.size() < 60; i++) {
                String g1 = byId.get(ids.get(0)).value("given_name"), g2 = byId.get(ids.get(i)).value("given_name");
                if (g1 != null && g2 != null && !g1.equalsIgnoreCase(g2)) labels.add(new LabelledPair(ids.get(0), ids.get(i), true));
            }
        }
        LinkageModel supervised = LinkageModel.train(HouseholdTest.SCHEMA, RECORDS, 7, labels);
        assertThat(supervised.version()).isNotEqualTo(unsupervised.version());
        assertThat(supervised.toJson()).contains("\"labelled_pairs\": \"" + labels.size() + " confirmed, 0 rejected\"");
        // the same person with a different spelling of the given name now weighs more than before
        double before = 0, after = 0;
        for (LabelledPair p : labels) {
            before += unsupervised.compare(byId.get(p.a()), byId.get(p.b())).matchWeight();
            after += supervised.compare(byId.get(p.a()), byId.get(p.b())).matchWeight();
        }
        assertThat(after).isGreaterThan(before);
    }
}
