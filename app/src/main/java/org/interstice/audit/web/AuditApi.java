package org.interstice.audit.web;

import org.interstice.audit.AuditTrail;
import org.interstice.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Audit chain verification for API clients with the partnership or audit scope. */
@RestController
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    record Verification(long entries, boolean valid, Long firstBrokenEntry) {
    }

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasRole('API') and (hasAuthority('SCOPE_partnership') or hasAuthority('SCOPE_audit'))")
    Verification verify() {
        ChainVerification result = trail.verify();
        return new Verification(result.entries(), result.valid(), result.firstBrokenEntry());
    }
}
