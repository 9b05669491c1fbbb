package org.interstice.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.interstice.linkage.Candidate;
import org.interstice.linkage.Field;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.IncrementalIndex;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.interstice.linkage.Schema;
import org.interstice.linkage.synth.SyntheticPopulation;
import org.interstice.linkage.synth.SyntheticRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incremental scoring: one new record scored against an indexed population of 1,000,000 generated records
 * through the blocking indexes (what the application does on every new record). Sample mode reports p99.
 *
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -Xmx4g -jar bench/target/interstice-bench.jar IncrementalScoringBenchmark -f 1 -wi 3 -i 5 -rf json -rff jmh-incremental.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Threads(1)
public class IncrementalScoringBenchmark {
    static final Schema SCHEMA = Schema.of(new Field(FieldType.GIVEN_NAME, "given_name"), new Field(FieldType.FAMILY_NAME, "family_name"),
            new Field(FieldType.DOB, "dob"), new Field(FieldType.SEX, "sex"), new Field(FieldType.POSTCODE, "postcode"),
            new Field(FieldType.ADDRESS, "address"), new Field(FieldType.CITY, "city"), new Field(FieldType.PHONE, "phone"),
            new Field(FieldType.EMAIL, "email"), new Field(FieldType.NHS_NUMBER, "nhs_number"), new Field(FieldType.UPN, "upn"),
            new Field(FieldType.PNC_ID, "pnc_id"));
    static final int QUERIES = 20_000;

    @Param({"1000000"})
    public int population;

    private IncrementalIndex index;
    private Record[] queries;
    private int next;

    static Record record(SyntheticRecord s) {
        var m = new HashMap<String, String>();
        List<String> cols = SyntheticRecord.COLUMNS;
        List<String> v = s.values();
        for (int i = 0; i < cols.size(); i++) if (!cols.get(i).equals("truth_id")) m.put(cols.get(i), v.get(i));
        return new Record(s.recordId(), m);
    }

    @Setup(Level.Trial)
    public void setUp() {
        long t0 = System.nanoTime();
        Iterator<SyntheticRecord> it = SyntheticPopulation.recordsCapped(population + QUERIES, 42);
        var training = new ArrayList<Record>();
        var all = new ArrayList<Record>(population);
        queries = new Record[QUERIES];
        int i = 0;
        while (it.hasNext()) {
            Record r = record(it.next());
            if (i % 10 == 0 && i < population) training.add(r);
            if (i < population) all.add(r);
            else queries[i - population] = r;
            i++;
        }
        LinkageModel model = LinkageModel.train(SCHEMA, training, 1);
        index = new IncrementalIndex(model);
        for (Record r : all) index.add(r);
        System.err.printf("%nindexed %,d records (model trained on %,d) in %.1f s%n", index.size(), training.size(), (System.nanoTime() - t0) / 1e9);
    }

    @Benchmark
    public List<Candidate> scoreOneNewRecord() {
        Record q = queries[next++ % QUERIES];
        return index.candidates(q);
    }
}
