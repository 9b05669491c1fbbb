package org.interstice.handoff;

import java.util.UUID;

public record HandoffCompleted(UUID handoffId, UUID byUserId) implements HandoffEvent {
}
