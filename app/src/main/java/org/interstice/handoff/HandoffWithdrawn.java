package org.interstice.handoff;

import java.util.UUID;

public record HandoffWithdrawn(UUID handoffId, UUID byUserId) implements HandoffEvent {
}
