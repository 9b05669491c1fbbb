package org.interstice.identity;

import java.util.List;
import java.util.UUID;
import org.interstice.agency.Viewer;

/**
 * Where agency person records enter identity (from ingest, or typed by hand). Each new or changed record is
 * scored against every record held: linked to a subject automatically above the upper threshold, sent to the
 * review queue between the thresholds, or given a new subject below. Unchanged records are left alone.
 */
public interface PersonIntake {

    enum Change { CREATED, UPDATED, UNCHANGED }

    /** What happened to one incoming record; {@code subjectId} is null while the record waits for review. */
    record Outcome(String sourceId, UUID recordId, UUID subjectId, Change change, boolean sentToReview) {
    }

    /**
     * Makes sure a fitting linkage model is in use before records are linked: trains the first one on the records
     * held plus {@code incoming}, or a new one when they make the region grow by the configured share (audited).
     * Call it in the transaction that stores {@code incoming}: the new model becomes active with that transaction's
     * commit and is withdrawn if it rolls back (outside a transaction it commits on its own). Waits for the index.
     */
    void prepare(Viewer viewer, List<IncomingPerson> incoming);

    /** Records and links a batch of one agency's records, in the caller's transaction. */
    List<Outcome> accept(Viewer viewer, List<IncomingPerson> batch);

    /** What re-evaluating the subjects changed. */
    record Settled(int merged, int linkedFromReview, int proposedForReview) {
    }

    /**
     * Re-evaluates every subject against the current model once a batch of records is in (the end of an import), in
     * the caller's transaction: clusters the region's records as the engine's batch dedupe does, merges subjects a
     * cluster joins (under the unsafe-merge guard, audited and reversible) or proposes them for review, and links
     * records waiting for review whose cluster holds a subject. {@code occasion} says why, for the audit trail.
     * {@code arrived}: the records this batch created; nobody has seen their links yet, so one whose subject the
     * clusters do not support (e.g. the identifier guard keeps it apart from that subject's records) moves to its
     * cluster's subject.
     */
    Settled settle(Viewer viewer, String occasion, java.util.Collection<UUID> arrived);

    /** The subject each record is linked to now (absent while it waits for review). */
    java.util.Map<UUID, UUID> subjectsOf(java.util.Collection<UUID> recordIds);
}
