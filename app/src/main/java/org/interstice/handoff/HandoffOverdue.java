package org.interstice.handoff;

import java.util.UUID;

/** A hand-off passed a deadline and escalated one step (1 = receiving team manager, 2 = partnership lead); the person may be null when nobody holds that role. */
public record HandoffOverdue(UUID handoffId, int escalationStep, UUID escalatedToUserId, UUID toAgencyId) implements HandoffEvent {
}
