package org.interstice.handoff;

import java.util.UUID;

import org.interstice.agency.Viewer;
import org.springframework.stereotype.Component;

/**
 * Gathers "who does what here" for a child's page. Render it with the JTE fragment {@code handoff/whoDoesWhat}
 * (param {@code WhoDoesWhatHere here}).
 */
@Component
public class WhoDoesWhat {

    private final Responsibilities responsibilities;
    private final Handoffs handoffs;

    WhoDoesWhat(Responsibilities responsibilities, Handoffs handoffs) {
        this.responsibilities = responsibilities;
        this.handoffs = handoffs;
    }

    public WhoDoesWhatHere forSubject(UUID subjectId, Viewer viewer) {
        return new WhoDoesWhatHere(responsibilities.all(), handoffs.forSubject(subjectId, viewer));
    }
}
