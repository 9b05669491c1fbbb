package org.interstice.pursuit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.interstice.intelligence.IntelligenceRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suspects a report names wait in {@code pursuit_registration_queue} until pursuit registers them and re-assesses
 * their alarms, a batch at a time (ADR 0082). The report's transaction writes the queue rows, so what a report named
 * cannot be lost between intelligence and pursuit; one worker thread takes the rows in batches, in the transaction that
 * registers them, and deletes them there. Before this, every report was a registration and a sweep of its own in a
 * transaction of its own (with two event publication rows written and updated): most of the database's work per report
 * was this overhead, not the registration.
 *
 * <p>A batch that fails is taken apart: each name is registered alone, and one that still fails is kept with its error
 * and retried later ({@link RegistrationSettings#retryAfter()}, doubling), so one bad name cannot hold up the rest.
 */
@Component
public class RegistrationQueue implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationQueue.class);

    private final JdbcClient jdbc;
    private final SuspectRegistration registration;
    private final TransactionTemplate transactions;
    private final RegistrationSettings settings;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    RegistrationQueue(JdbcClient jdbc, SuspectRegistration registration, TransactionTemplate transactions,
                      RegistrationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.registration = registration;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** In the report's transaction: queue the men it names as suspects, and wake the worker once the report is committed. */
    @EventListener
    void on(IntelligenceRecorded recorded) {
        if (recorded.suspectPersonIds().isEmpty()) return;
        jdbc.sql("""
                        insert into pursuit_registration_queue (person_entity_id, report_id, queued_at)
                        select p, ?, ? from unnest(cast(? as uuid[])) as p""")
                .params(recorded.reportId(), Timestamp.from(clock.instant()), AlarmSweep.array(recorded.suspectPersonIds())).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.release();
                }
            });
        } else {
            wake.release();
        }
    }

    /** A queued name: its row, the person named, and how often it has failed. */
    private record Queued(long id, UUID personId, int attempts) {
    }

    /**
     * Registers everything queued that is due, a batch per transaction, until nothing due is left; returns how many
     * names were registered. Safe beside other instances' workers (rows are taken with {@code skip locked}).
     */
    int drain() {
        int done = 0;
        while (true) {
            int taken;
            try {
                taken = batch(settings.batch());
            } catch (RuntimeException e) {
                // take the batch apart: each name alone, so that one that cannot be registered holds up no other
                LOG.warn("Registering a batch of named suspects failed ({}); registering them one at a time", e.toString());
                taken = oneByOne(settings.batch());
            }
            if (taken == 0) return done;
            done += taken;
        }
    }

    /** One batch in one transaction (retried when it meets a deadlock, which PostgreSQL has already rolled back). */
    private int batch(int limit) {
        return Deadlocks.retried(transactions, status -> {
            List<Queued> rows = take(limit);
            if (rows.isEmpty()) return 0;
            LinkedHashSet<UUID> persons = new LinkedHashSet<>();
            rows.forEach(r -> persons.add(r.personId()));
            registration.register(new ArrayList<>(persons));
            return rows.size();
        });
    }

    /**
     * Each due name in a transaction of its own. One that fails is kept with its error for a later try; when nothing
     * could even be taken (the database itself failing) the failure goes to the worker's loop, which waits and tries again.
     */
    private int oneByOne(int limit) {
        int done = 0;
        for (int i = 0; i < limit; i++) {
            Queued[] current = new Queued[1];
            try {
                boolean any = Boolean.TRUE.equals(transactions.execute(status -> {
                    List<Queued> rows = take(1);
                    if (rows.isEmpty()) return false;
                    current[0] = rows.get(0);
                    registration.register(List.of(current[0].personId()));
                    return true;
                }));
                if (!any) break;
            } catch (RuntimeException e) {
                if (current[0] == null) throw e;
                LOG.error("Could not register named suspect (queue row {}); it stays queued and is retried", current[0].id(), e);
                keep(current[0], e);
            }
            done++;
        }
        return done;
    }

    /** Keeps a name that failed to register, with its error, not to be tried again before its back-off has passed. */
    private void keep(Queued failed, RuntimeException e) {
        int attempts = failed.attempts() + 1;
        Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 10));
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update pursuit_registration_queue set attempts = ?, not_before = ?, last_error = ? where id = ?""")
                .params(attempts, Timestamp.from(clock.instant().plus(wait)), e.getClass().getSimpleName(), failed.id()).update());
    }

    /** Takes (locks) up to {@code limit} due names, oldest first, deleting them in the caller's transaction. */
    private List<Queued> take(int limit) {
        return jdbc.sql("""
                        delete from pursuit_registration_queue where id in (
                            select id from pursuit_registration_queue where not_before is null or not_before <= ?
                            order by id limit ? for update skip locked)
                        returning id, person_entity_id, attempts""")
                .params(Timestamp.from(clock.instant()), limit)
                .query((rs, n) -> new Queued(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3))).list();
    }

    /** Names that failed to register and wait to be tried again: how many, and when the oldest was queued. */
    public record Stuck(long names, Instant oldestQueuedAt) {
    }

    /**
     * The names that could not be registered so far (each is retried): a man named in a report who is not on the
     * pathway is what the alarm exists to prevent, so the alarm page says so. Empty when every name registered.
     */
    public Optional<Stuck> stuck() {
        return jdbc.sql("select count(*), min(queued_at) from pursuit_registration_queue where attempts > 0")
                .query((rs, n) -> new Stuck(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional().filter(s -> s.names() > 0);
    }

    private void run() {
        while (running) {
            try {
                if (wake.tryAcquire(settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS) && !settings.gather().isZero())
                    Thread.sleep(settings.gather().toMillis()); // the reports committed meanwhile join this batch
                wake.drainPermits();
                if (running) drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Registering named suspects failed; trying again", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::run, "pursuit-registration");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t == null) return;
        wake.release();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
