package org.interstice.identity;

import java.util.UUID;

/** An agency record was linked to a subject (an existing one, or a new one created for it). */
public record SubjectResolved(UUID subjectId, UUID recordId, UUID agencyId) {
}
