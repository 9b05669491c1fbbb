package org.interstice.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills an import half-way and runs it again. The "kill" is simulated inside the test JVM: the import thread dies
 * with an error after 1,000 of 2,500 rows have been written, before its transaction commits, exactly where a killed
 * process would stop (no catch block, no status update runs). The job is left RUNNING, as after a real kill.
 */
@IntegrationTest
class ImportCrashTest {

    @Autowired
    ImportRunner runner;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noMoreCrashes() {
        runner.crashAfterRows = -1;
    }

    private static byte[] extract(String prefix, int rows) {
        String[] given = {"Amelia", "Oliver", "Isla", "Jack", "Ava", "Harry", "Mia", "Leo", "Zara", "Yusuf"};
        String[] family = {"Smith", "Khan", "Nowak", "Okafor", "Evans", "Patel", "Murphy", "Ali", "Price", "Walsh"};
        StringBuilder csv = new StringBuilder("source_id,given_name,family_name,dob,postcode\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(given[i % 10]).append(i).append(',')
                    .append(family[(i / 10) % 10]).append(i / 100).append(',')
                    .append(java.time.LocalDate.of(2005, 1, 1).plusDays(i * 3L)).append(",NB").append(1 + i % 9)
                    .append(" ").append(1 + i % 9).append("AB\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int records(String prefix) {
        return jdbc.sql("select count(*) from person_record where source_id like :p").param("p", prefix + "-%")
                .query(Integer.class).single();
    }

    @Test
    void killing_an_import_half_way_and_running_it_again_loses_and_duplicates_nothing() {
        Agency agency = agencies.byCode("NYJS").orElseThrow();
        Viewer viewer = new Viewer(null, "test:crash", "Crash test", agency.id(), agency.code(), null, null, false);
        String prefix = "CRASH" + Long.toString(System.nanoTime(), 36);
        byte[] file = extract(prefix, 2500);
        Imports.Submission submission = new Imports.Submission("NYJS", prefix + ".csv", file, null, false);

        runner.crashAfterRows = 1000;
        assertThatThrownBy(() -> runner.run(viewer, submission, s -> { }))
                .isInstanceOf(ImportRunner.SimulatedCrash.class);
        UUID jobId = jdbc.sql("select id from import_job where file_name = :n").param("n", prefix + ".csv")
                .query(UUID.class).single();
        assertThat(runner.status(jobId).orElseThrow().status()).isEqualTo("RUNNING");
        assertThat(records(prefix)).as("nothing of the interrupted import is kept").isZero();

        runner.crashAfterRows = -1;
        Imports.Status done = runner.run(viewer, submission, s -> { });
        assertThat(done.id()).isEqualTo(jobId);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.accepted()).isEqualTo(2500);
        assertThat(records(prefix)).isEqualTo(2500);
        assertThat(jdbc.sql("select count(*) from import_row where import_id = :id").param("id", jobId)
                .query(Integer.class).single()).isEqualTo(2500);

        Imports.Status again = runner.run(viewer, submission, s -> { });
        assertThat(again.id()).isEqualTo(jobId);
        assertThat(records(prefix)).isEqualTo(2500);
        assertThat(jdbc.sql("select count(distinct subject_id) from person_record where source_id like :p")
                .param("p", prefix + "-%").query(Integer.class).single()).isLessThanOrEqualTo(2500);
    }
}
