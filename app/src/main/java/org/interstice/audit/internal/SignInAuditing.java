package org.interstice.audit.internal;

import org.interstice.agency.AccountsChanged;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits sign-ins, failed sign-ins and administrators' account changes. */
@Component
class SignInAuditing {

    private final AuditLog log;
    private final Users users;

    SignInAuditing(AuditLog log, Users users) {
        this.log = log;
        this.users = users;
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String name = event.getAuthentication().getName();
        users.viewerFor(name).ifPresentOrElse(
                viewer -> log.append(viewer, "SIGN_IN", "user", viewer.userId(), "SUCCESS"),
                () -> log.append(null, name, null, null, "SIGN_IN", "user", null, "SUCCESS"));
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String outcome = "FAILURE: " + event.getException().getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        var user = users.byUsername(name);
        log.append(user.map(u -> u.id()).orElse(null), name == null ? null : name.trim().toLowerCase(),
                null, user.map(u -> u.role().name()).orElse(null), "SIGN_IN", "user",
                user.map(u -> u.id().toString()).orElse(null), outcome);
    }

    @EventListener
    void accountsChanged(AccountsChanged event) {
        Viewer by = event.by();
        log.append(by, event.action(), event.resourceType(), event.resourceId(), "SUCCESS");
    }
}
