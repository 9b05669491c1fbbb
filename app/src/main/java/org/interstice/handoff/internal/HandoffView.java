package org.interstice.handoff.internal;

import java.time.Instant;
import java.util.UUID;

import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Urgency;

/** Everything the hand-off page shows, with names resolved. */
public record HandoffView(UUID id, HandoffKind kind, Urgency urgency, HandoffState state, UUID subjectId,
        UUID fromAgencyId, String fromAgency, String fromTeam, String fromUser,
        UUID toAgencyId, String toAgency, String toTeam, UUID ownerUserId, String owner, boolean ownerActive,
        String summary, String originType, UUID originId,
        Instant sentAt, Instant acknowledgementDueAt, Instant completionDueAt, Instant acknowledgedAt,
        Instant acceptedAt, Instant closedAt, String closingNote, NextStep nextStep, String nextStepNote,
        Instant dueAt, int escalationStep, long version) {

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public boolean awaitingNextStep() {
        return state == HandoffState.DECLINED && nextStep == null;
    }

    /** "Acknowledge by" while sent, "Complete by" while acknowledged or accepted, null once answered. */
    public String runningClock() {
        if (dueAt == null) {
            return null;
        }
        return state == HandoffState.SENT ? "Acknowledge by" : "Complete by";
    }

    public boolean sentBy(UUID agencyId) {
        return fromAgencyId.equals(agencyId);
    }

    public boolean receivedBy(UUID agencyId) {
        return toAgencyId.equals(agencyId);
    }
}
