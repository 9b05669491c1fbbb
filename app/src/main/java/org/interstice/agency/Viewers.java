package org.interstice.agency;

import org.interstice.agency.internal.SignedInUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Turns a Spring Security authentication into a {@link Viewer}. Controllers should simply take a {@code Viewer}
 * parameter; this is for infrastructure (the page shell, listeners).
 */
@Component
public class Viewers {

    private final Users users;

    Viewers(Users users) {
        this.users = users;
    }

    /** A session user, an API token, or (for tests using {@code user("name")}) an active user looked up by name. */
    public Optional<Viewer> of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof SignedInUser user) {
            return Optional.of(user.viewer());
        }
        if (principal instanceof Viewer viewer) {
            return Optional.of(viewer);
        }
        return users.viewerFor(authentication.getName());
    }
}
