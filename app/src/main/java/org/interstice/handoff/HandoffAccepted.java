package org.interstice.handoff;

import java.util.UUID;

public record HandoffAccepted(UUID handoffId, UUID ownerUserId) implements HandoffEvent {
}
