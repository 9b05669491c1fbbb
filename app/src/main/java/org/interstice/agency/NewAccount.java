package org.interstice.agency;

import java.util.UUID;

/** What is needed to open an account. */
public record NewAccount(String username, String displayName, UUID agencyId, UUID teamId, Role role) {
}
