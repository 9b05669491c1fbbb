package org.interstice.handoff;

import java.util.UUID;

/** Past-tense events about a hand-off; each carries the ids a listener needs to look the rest up. */
public sealed interface HandoffEvent permits HandoffSent, HandoffAcknowledged, HandoffAccepted, HandoffDeclined,
        HandoffCompleted, HandoffWithdrawn, HandoffOverdue {

    UUID handoffId();
}
