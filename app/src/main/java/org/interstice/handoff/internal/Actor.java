package org.interstice.handoff.internal;

import java.util.UUID;

/** Who is acting on a hand-off, as far as its rules care: the person and their agency. */
public record Actor(UUID userId, UUID agencyId) {
}
