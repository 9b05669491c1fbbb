package org.interstice.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.handoff.internal.HandoffDesk;
import org.interstice.handoff.internal.HandoffQueries;
import org.springframework.stereotype.Component;

/** The hand-off API for other modules: send and answer hand-offs, and list those about a subject that the viewer may see. */
@Component
public class Handoffs {

    private final HandoffDesk desk;
    private final HandoffQueries queries;

    Handoffs(HandoffDesk desk, HandoffQueries queries) {
        this.desk = desk;
        this.queries = queries;
    }

    public Sent send(HandoffRequest request, Viewer sender) {
        return desk.send(request, sender);
    }

    /**
     * Records a hand-off that was already sent at {@code sentAt} in another system (migration, and the demo's
     * history). Deadlines run from {@code sentAt}, so it may be overdue at once; the next sweep escalates it.
     */
    public Sent importSent(HandoffRequest request, Viewer sender, Instant sentAt) {
        return desk.send(request, sender, sentAt);
    }

    /** The receiving agency acknowledges. */
    public Verdict acknowledge(UUID handoffId, Viewer viewer) {
        return desk.acknowledge(handoffId, desk.currentVersion(handoffId, viewer), viewer);
    }

    /** The receiving agency accepts; {@code owner} null means the viewer owns it. */
    public Verdict accept(UUID handoffId, UUID owner, Viewer viewer) {
        return desk.accept(handoffId, desk.currentVersion(handoffId, viewer), owner, viewer);
    }

    /** The receiving agency declines, with a reason. */
    public Verdict decline(UUID handoffId, String reason, Viewer viewer) {
        return desk.decline(handoffId, desk.currentVersion(handoffId, viewer), reason, viewer);
    }

    /** The receiving agency completes an accepted hand-off, saying what was done. */
    public Verdict complete(UUID handoffId, String outcome, Viewer viewer) {
        return desk.complete(handoffId, desk.currentVersion(handoffId, viewer), outcome, viewer);
    }

    /** The sending agency withdraws a hand-off that is still open, with a reason. */
    public Verdict withdraw(UUID handoffId, String reason, Viewer viewer) {
        return desk.withdraw(handoffId, desk.currentVersion(handoffId, viewer), reason, viewer);
    }

    public List<HandoffSummary> forSubject(UUID subjectId, Viewer viewer) {
        return queries.forSubject(subjectId, viewer);
    }
}
