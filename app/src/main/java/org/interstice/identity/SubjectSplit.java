package org.interstice.identity;

import java.util.UUID;

/** A merge was undone: {@code restoredId} is a separate subject again, with the records it had before the merge. */
public record SubjectSplit(UUID survivorId, UUID restoredId, UUID mergeId) {
}
