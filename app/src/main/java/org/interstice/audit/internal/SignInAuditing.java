package org.interstice.audit.internal;

import org.interstice.agency.AccountsChanged;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits sign-ins, failed sign-ins, sign-outs and administrators' account changes. */
@Component
class SignInAuditing {

    private final AuditLog log;
    private final Users users;
    private final Agencies agencies;

    SignInAuditing(AuditLog log, Users users, Agencies agencies) {
        this.log = log;
        this.users = users;
        this.agencies = agencies;
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
        String agencyCode = user.flatMap(u -> agencies.byId(u.agencyId())).map(Agency::code).orElse(null);
        log.append(user.map(u -> u.id()).orElse(null), name == null ? null : name.trim().toLowerCase(),
                agencyCode, user.map(u -> u.role().name()).orElse(null), "SIGN_IN", "user",
                user.map(u -> u.id().toString()).orElse(null), outcome);
    }

    @EventListener
    @Transactional
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() == null) {
            return;
        }
        users.viewerFor(event.getAuthentication().getName()).ifPresent(
                viewer -> log.append(viewer, "SIGN_OUT", "user", viewer.userId(), "SUCCESS"));
    }

    @EventListener
    void accountsChanged(AccountsChanged event) {
        Viewer by = event.by();
        log.append(by, event.action(), event.resourceType(), event.resourceId(), "SUCCESS");
    }
}
