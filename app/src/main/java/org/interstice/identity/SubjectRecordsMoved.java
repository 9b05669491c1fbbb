package org.interstice.identity;

import java.util.List;
import java.util.UUID;

/**
 * Records moved from one subject to another without a merge: the linkage re-evaluation separating records the engine
 * no longer links (ADR 0073), or a person undoing that. What other modules hold about those records (signals, for
 * example) follows them to {@code toSubject}; both subjects may need re-evaluating.
 */
public record SubjectRecordsMoved(UUID fromSubject, UUID toSubject, List<UUID> recordIds, UUID moveId) {
}
