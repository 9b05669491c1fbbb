package org.interstice.handoff;

import java.util.UUID;

public record HandoffDeclined(UUID handoffId, UUID fromAgencyId, UUID toAgencyId) implements HandoffEvent {
}
