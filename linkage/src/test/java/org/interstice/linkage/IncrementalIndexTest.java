package org.interstice.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {
    static List<Record> records;
    static LinkageModel model;

    @BeforeAll
    static void train(@TempDir Path dir) throws IOException {
        records = Febrl.records(Febrl.dataset1(dir));
        model = LinkageModel.train(Febrl.schema(), records, 1);
    }

    @Test
    void findsTheDuplicateOfANewRecordBestFirst() {
        var index = new IncrementalIndex(model);
        records.stream().filter(r -> !r.id().equals("rec-223-dup-0")).forEach(index::add);
        Record query = records.stream().filter(r -> r.id().equals("rec-223-dup-0")).findFirst().orElseThrow();
        List<Candidate> c = index.candidates(query);
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).recordId()).isEqualTo("rec-223-org");
        assertThat(c.get(0).matchProbability()).isGreaterThan(0.95);
        for (int i = 1; i < c.size(); i++) assertThat(c.get(i).matchWeight()).isLessThanOrEqualTo(c.get(i - 1).matchWeight());
        Explanation e = c.get(0).explanation();
        assertThat(e.matchWeight()).isCloseTo(c.get(0).matchWeight(), within(1e-6));
    }

    @Test
    void removedRecordsAreNoLongerCandidates() {
        var index = new IncrementalIndex(model);
        records.forEach(index::add);
        Record query = records.stream().filter(r -> r.id().equals("rec-223-dup-0")).findFirst().orElseThrow();
        assertThat(index.candidates(query)).extracting(Candidate::recordId).contains("rec-223-org");
        assertThat(index.remove("rec-223-org")).isTrue();
        assertThat(index.candidates(query)).extracting(Candidate::recordId).doesNotContain("rec-223-org");
        assertThat(index.size()).isEqualTo(records.size() - 1);
    }
}
