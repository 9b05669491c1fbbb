package org.interstice.handoff;

import java.util.UUID;

public record HandoffAcknowledged(UUID handoffId, UUID byUserId) implements HandoffEvent {
}
