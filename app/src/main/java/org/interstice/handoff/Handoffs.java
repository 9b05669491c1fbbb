package org.interstice.handoff;

import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.handoff.internal.HandoffDesk;
import org.interstice.handoff.internal.HandoffQueries;
import org.springframework.stereotype.Component;

/** The hand-off API for other modules: send one, and list those about a subject that the viewer may see. */
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

    public List<HandoffSummary> forSubject(UUID subjectId, Viewer viewer) {
        return queries.forSubject(subjectId, viewer);
    }
}
