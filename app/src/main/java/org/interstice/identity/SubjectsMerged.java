package org.interstice.identity;

import java.util.UUID;

/** Two subjects were found to be one person: {@code absorbedId} now resolves to {@code survivorId}. */
public record SubjectsMerged(UUID survivorId, UUID absorbedId, UUID mergeId) {
}
