package org.interstice.handoff.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.interstice.audit.AuditEntry;
import org.interstice.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** When an account was deactivated, from the audit trail (accounts keep no date of their own). */
@Component
public class Deactivations {

    private final AuditTrail trail;

    Deactivations(AuditTrail trail) {
        this.trail = trail;
    }

    /** The latest deactivation of the user, if the audit trail holds one. */
    public Optional<Instant> of(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        // Nothing is recorded against an account after its deactivation, so the latest entries include it.
        return trail.recent("user", userId.toString(), null, 50).stream()
                .filter(e -> "DEACTIVATE_ACCOUNT".equals(e.action()))
                .map(AuditEntry::occurredAt)
                .findFirst();
    }
}
