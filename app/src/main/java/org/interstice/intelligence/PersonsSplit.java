package org.interstice.intelligence;

import java.util.UUID;

/** A join was undone: {@code restoredId} is a person of his own again, apart from {@code survivorId}. */
public record PersonsSplit(UUID joinId, UUID survivorId, UUID restoredId, UUID decidedBy) {
}
