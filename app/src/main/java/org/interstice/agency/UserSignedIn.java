package org.interstice.agency;

import java.util.UUID;

/** A user signed in with their password. */
public record UserSignedIn(UUID userId, String username) {
}
