package org.interstice.intelligence;

import java.util.UUID;

/**
 * Two POLE persons were found to be one man: {@code absorbedId}'s mentions and links now belong to {@code survivorId}.
 * {@code joinId} names the join, so that {@link PersonsSplit} can undo exactly it.
 */
public record PersonsJoined(UUID joinId, UUID survivorId, UUID absorbedId, UUID decidedBy) {
}
