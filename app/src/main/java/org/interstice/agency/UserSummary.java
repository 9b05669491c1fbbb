package org.interstice.agency;

import java.util.UUID;

/** A user as other modules see them: no credentials. */
public record UserSummary(UUID id, String username, String displayName, UUID agencyId, UUID teamId, Role role,
                          boolean active) {
}
