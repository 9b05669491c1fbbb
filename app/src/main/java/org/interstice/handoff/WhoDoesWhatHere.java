package org.interstice.handoff;

import java.util.List;

/** For a child's page: who is responsible for each process step, and the hand-offs about the child. */
public record WhoDoesWhatHere(List<Responsibility> steps, List<HandoffSummary> handoffs) {
}
