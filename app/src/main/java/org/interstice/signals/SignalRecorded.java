package org.interstice.signals;

import java.util.UUID;

/** An agency's signal about a child was recorded; {@code subjectId} is null while identity's review decides the child. */
public record SignalRecorded(UUID signalId, UUID subjectId, UUID agencyId, String kind) {
}
