package org.interstice.handoff;

import java.util.UUID;

public record HandoffSent(UUID handoffId, UUID subjectId, UUID fromAgencyId, UUID toAgencyId, HandoffKind kind, Urgency urgency) implements HandoffEvent {
}
