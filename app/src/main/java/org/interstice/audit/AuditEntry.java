package org.interstice.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log. */
public record AuditEntry(long id, Instant occurredAt, UUID userId, String username, String agencyCode, String role,
                         String action, String resourceType, String resourceId, String outcome,
                         String clientAddress, String previousHash, String hash) {
}
