package org.interstice.handoff;

import java.time.Instant;
import java.util.UUID;

/** A line about a hand-off, as other modules and lists show it. {@code dueAt} is null once answered. */
public record HandoffSummary(UUID id, HandoffKind kind, Urgency urgency, HandoffState state, UUID subjectId,
        String fromAgency, String toAgency, String ownerName, String summary, Instant sentAt, Instant dueAt,
        int escalationStep, boolean awaitingNextStep) {

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
