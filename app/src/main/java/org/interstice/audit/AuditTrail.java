package org.interstice.audit;

import org.interstice.audit.internal.AuditLog;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads the audit log and verifies its hash chain. */
@Component
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** The most recent entries, newest first; blank filters are ignored. */
    public List<AuditEntry> recent(String resourceType, String resourceId, String username, int limit) {
        return log.recent(resourceType, resourceId, username, limit);
    }

    /** Who has looked at or changed a resource, newest first. */
    public List<AuditEntry> about(String resourceType, Object resourceId) {
        return log.recent(resourceType, String.valueOf(resourceId), null, 500);
    }

    public ChainVerification verify() {
        return log.verify();
    }
}
