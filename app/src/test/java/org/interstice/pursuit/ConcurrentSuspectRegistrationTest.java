package org.interstice.pursuit;

import org.interstice.MadeUpNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interstice.IntegrationTest;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports naming the same men as suspects, recorded at the same time from several threads (as several analysts or an
 * agency's system would through the API): every man becomes one suspect, named on the date of the earliest report,
 * and no report's registration is lost to a deadlock between pursuit's registration and its sweeps.
 */
@IntegrationTest
class ConcurrentSuspectRegistrationTest {

    private static final int THREADS = 4, REPORTS_PER_THREAD = 12, MEN = 6, NAMED_PER_REPORT = 3;

    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void men_named_together_from_several_threads_are_each_registered_once_on_their_earliest_naming() throws Exception {
        Viewer analyst = users.viewerFor("intelligence.analyst").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        // six men already known to intelligence as associates, none yet a suspect
        List<NewReport.Mention> associates = new ArrayList<>();
        for (int i = 0; i < MEN; i++)
            associates.add(new NewReport.Mention(EntityRef.person(MadeUpNames.person(), null), MentionRole.ASSOCIATE));
        List<UUID> men = record(analyst, today.minusDays(200), associates).mentionedEntityIds();

        // each report names three of them as suspects, in its own order, reported on a date that is not in recording order
        Map<UUID, LocalDate> earliest = new java.util.concurrent.ConcurrentHashMap<>();
        List<Callable<List<UUID>>> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            Random rnd = new Random(31 + t);
            threads.add(() -> {
                start.await();
                List<UUID> reports = new ArrayList<>();
                for (int r = 0; r < REPORTS_PER_THREAD; r++) {
                    List<UUID> named = new ArrayList<>(men);
                    Collections.shuffle(named, rnd);
                    LocalDate on = today.minusDays(1 + rnd.nextInt(90));
                    List<NewReport.Mention> suspects = new ArrayList<>();
                    for (UUID man : named.subList(0, NAMED_PER_REPORT)) {
                        suspects.add(new NewReport.Mention(EntityRef.existing(man), MentionRole.SUSPECT));
                        earliest.merge(man, on, (a, b) -> a.isBefore(b) ? a : b);
                    }
                    reports.add(record(analyst, on, suspects).reportId());
                }
                return reports;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<UUID> reports = new ArrayList<>();
        try {
            List<Future<List<UUID>>> running = new ArrayList<>();
            for (Callable<List<UUID>> c : threads) running.add(pool.submit(c));
            start.countDown();
            for (Future<List<UUID>> f : running) reports.addAll(f.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(reports).hasSize(THREADS * REPORTS_PER_THREAD);

        // every report's registration completed (a name that failed to register stays queued with its attempts)
        await().atMost(Duration.ofSeconds(60)).until(() -> registrationsPending(reports) == 0);
        assertThat(failedRegistrations(reports)).as("registrations that failed").isZero();
        Map<UUID, Long> suspectRows = new HashMap<>();
        for (UUID man : men) {
            suspectRows.put(man, jdbc.sql("select count(*) from suspect where person_entity_id = ?").param(man).query(Long.class).single());
            assertThat(jdbc.sql("select named_on from suspect where person_entity_id = ?").param(man).query(LocalDate.class).single())
                    .as("named on the date of the earliest report naming him").isEqualTo(earliest.get(man));
            assertThat(jdbc.sql("""
                            select h.entered_on from suspect_stage_history h join suspect s on s.id = h.suspect_id
                            where s.person_entity_id = ? and h.stage = 'NAMED'""").param(man).query(LocalDate.class).list())
                    .as("one NAMED entry on the pathway, on the earliest naming").containsExactly(earliest.get(man));
        }
        assertThat(suspectRows).allSatisfy((man, rows) -> assertThat(rows).isEqualTo(1));
    }

    private ReportRecording.Outcome record(Viewer viewer, LocalDate on, List<NewReport.Mention> mentions) {
        ReportRecording.Outcome o = recording.record(viewer, new NewReport(on, SourceType.CHILD_ACCOUNT, null, null,
                "Concurrent report " + UUID.randomUUID(), null, "3x5x2", "1", "B", "P", null, Set.of(), Set.<Role>of(), mentions, List.of()));
        if (!o.recorded()) throw new IllegalStateException(o.reason());
        return o;
    }

    private static final String REGISTRATIONS = "select count(*) from pursuit_registration_queue where report_id = ?";

    private long registrationsPending(List<UUID> reports) {
        return reports.stream().mapToLong(r -> jdbc.sql(REGISTRATIONS + " and attempts = 0").param(r).query(Long.class).single()).sum();
    }

    private long failedRegistrations(List<UUID> reports) {
        return reports.stream().mapToLong(r -> jdbc.sql(REGISTRATIONS).param(r).query(Long.class).single()).sum();
    }
}
