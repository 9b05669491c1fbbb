package org.interstice.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;

/**
 * Imports of agency extracts. The same file sent twice for the same agency is the same import: nothing new is
 * created, and an import a stopped application left unfinished is run again.
 */
public interface Imports {

    /**
     * One extract to import. Without a profile the file uses the canonical column names. Without "accept valid
     * rows" a single bad row refuses the whole file.
     */
    record Submission(String agencyCode, String fileName, byte[] content, String profileName, boolean acceptValidRows) {
    }

    /** The answer to a submission: the import's id, or why it was refused before starting. */
    record Submitted(UUID id, boolean repeat, String refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    record Status(UUID id, UUID agencyId, String agencyCode, String fileName, String status, String phase, int rows,
                  int processed, int accepted, int rejected, int created, int updated, int unchanged, int sentToReview,
                  String failure, Instant startedAt, Instant finishedAt, String requestedBy, boolean acceptValidRows,
                  String profileName) {
        public boolean running() {
            return "RUNNING".equals(status);
        }

        public int percent() {
            int total = Math.max(rows, 1);
            return "DONE".equals(status) ? 100 : Math.min(99, processed * 100 / total);
        }
    }

    /** Starts the import in the background (or finds the same file's earlier import). */
    Submitted submit(Viewer viewer, Submission submission);

    /** Runs the import on the calling thread (command line, demo), reporting progress; returns its final status. */
    Status run(Viewer viewer, Submission submission, java.util.function.Consumer<Status> progress);

    Optional<Status> status(UUID id);

    List<Status> history(Viewer viewer, int limit);
}
