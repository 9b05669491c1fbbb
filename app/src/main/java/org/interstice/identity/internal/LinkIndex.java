package org.interstice.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.interstice.linkage.Candidate;
import org.interstice.linkage.IncrementalIndex;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The linkage engine's in-memory index of every agency record, with the subject each record belongs to. Built
 * from the database at start-up. Changes made inside a transaction are undone in memory if it rolls back, so the
 * index never holds a record the database does not.
 */
@org.springframework.stereotype.Component
class LinkIndex {

    private static final Logger log = LoggerFactory.getLogger(LinkIndex.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, UUID> subjectOf = new ConcurrentHashMap<>();
    private final Map<String, Record> records = new ConcurrentHashMap<>();
    private volatile LinkageModel model;
    private volatile int trainedOn;
    private volatile IncrementalIndex index;
    private volatile CountDownLatch ready = new CountDownLatch(1);

    boolean isReady() {
        return ready.getCount() == 0;
    }

    /** Waits until the index has been built (at start-up, after a retrain). */
    void awaitReady() {
        try {
            if (!ready.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the linkage index was not ready after 30 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the linkage index", e);
        }
    }

    void startRebuild() {
        if (isReady()) {
            ready = new CountDownLatch(1);
        }
    }

    /**
     * Replaces model and contents; {@code rows} gives each record with its subject (null while awaiting review);
     * {@code modelTrainedOn} is how many records the model was trained on.
     */
    void rebuild(LinkageModel newModel, int modelTrainedOn, Iterable<Map.Entry<Record, UUID>> rows) {
        lock.lock();
        try {
            model = newModel;
            trainedOn = modelTrainedOn;
            subjectOf.clear();
            records.clear();
            index = newModel == null ? null : new IncrementalIndex(newModel);
            int n = 0;
            for (Map.Entry<Record, UUID> row : rows) {
                Record r = row.getKey();
                records.put(r.id(), r);
                if (row.getValue() != null) {
                    subjectOf.put(r.id(), row.getValue());
                }
                if (index != null) {
                    index.add(r);
                }
                n++;
            }
            log.info("Linkage index holds {} records (model {})", n, newModel == null ? "none" : newModel.version());
        } finally {
            lock.unlock();
            ready.countDown();
        }
    }

    LinkageModel model() {
        return model;
    }

    /** How many records the model in use was trained on (0 when there is none). */
    int trainedOn() {
        return trainedOn;
    }

    int size() {
        return records.size();
    }

    /** All records held, for training a first model when none exists. */
    List<Record> snapshot() {
        return new ArrayList<>(records.values());
    }

    /**
     * Puts a newly trained model in use, indexing the records held. Inside a transaction the switch is undone in
     * memory if it rolls back (the model row is written in the same transaction, so memory and database agree): the
     * previous model comes back, indexing the records held then, after the transaction's other changes were undone.
     */
    void install(LinkageModel newModel, int modelTrainedOn) {
        LinkageModel previous;
        int previousTrainedOn;
        lock.lock();
        try {
            previous = model;
            previousTrainedOn = trainedOn;
            use(newModel, modelTrainedOn);
        } finally {
            lock.unlock();
        }
        onRollback(() -> {
            lock.lock();
            try {
                use(previous, previousTrainedOn);
            } finally {
                lock.unlock();
            }
            log.info("Linkage model {} withdrawn: the transaction that trained it rolled back", newModel.version());
        });
    }

    private void use(LinkageModel newModel, int modelTrainedOn) {
        model = newModel;
        trainedOn = modelTrainedOn;
        index = newModel == null ? null : new IncrementalIndex(newModel);
        if (index != null) {
            records.values().forEach(index::add);
        }
    }

    List<Candidate> candidates(Record r) {
        lock.lock();
        try {
            return index == null ? List.of() : index.candidates(r);
        } finally {
            lock.unlock();
        }
    }

    /** The record held under this id (null when none). */
    Record record(String recordId) {
        return records.get(recordId);
    }

    /** Scores a held record against another held record (term frequencies from the population). */
    org.interstice.linkage.Comparison compare(String recordId, String otherId) {
        lock.lock();
        try {
            return index == null ? null : index.compare(records.get(recordId), otherId);
        } finally {
            lock.unlock();
        }
    }

    UUID subjectOf(String recordId) {
        return subjectOf.get(recordId);
    }

    /** Adds or replaces a record (and its subject) in the index. */
    void put(Record r, UUID subject) {
        lock.lock();
        try {
            Record previous = records.put(r.id(), r);
            UUID previousSubject = subject == null ? subjectOf.remove(r.id()) : subjectOf.put(r.id(), subject);
            if (index != null) {
                if (previous != null) {
                    index.remove(r.id());
                }
                index.add(r);
            }
            onRollback(() -> {
                lock.lock();
                try {
                    if (index != null) {
                        index.remove(r.id());
                    }
                    if (previous != null) {
                        records.put(r.id(), previous);
                        if (index != null) {
                            index.add(previous);
                        }
                    } else {
                        records.remove(r.id());
                    }
                    restoreSubject(r.id(), previousSubject);
                } finally {
                    lock.unlock();
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** Moves records between subjects (link, merge, split); undone in memory if the transaction rolls back. */
    void assign(String recordId, UUID subject) {
        UUID previous = subject == null ? subjectOf.remove(recordId) : subjectOf.put(recordId, subject);
        onRollback(() -> restoreSubject(recordId, previous));
    }

    private void restoreSubject(String recordId, UUID previous) {
        if (previous == null) {
            subjectOf.remove(recordId);
        } else {
            subjectOf.put(recordId, previous);
        }
    }

    private void onRollback(Runnable undo) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Runnable> undos = (List<Runnable>) TransactionSynchronizationManager.getResource(this);
        if (undos == null) {
            List<Runnable> list = new ArrayList<>();
            undos = list;
            TransactionSynchronizationManager.bindResource(this, list);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LinkIndex.this);
                    if (status != STATUS_COMMITTED) {
                        for (int i = list.size() - 1; i >= 0; i--) {
                            list.get(i).run();
                        }
                        log.info("Transaction rolled back: {} in-memory linkage changes undone", list.size());
                    }
                }
            });
        }
        undos.add(undo);
    }
}
