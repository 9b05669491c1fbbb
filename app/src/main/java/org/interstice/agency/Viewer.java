package org.interstice.agency;

import java.util.UUID;

/**
 * Who is looking: the signed-in user, or the agency behind an API token. Controllers take it as a method parameter
 * ({@code Viewer viewer}); pass it down to queries, which enforce access in SQL with its agency, team and role.
 *
 * @param userId          the user's id; null for API tokens
 * @param username        the user's name, or {@code api:<token name>} for API tokens
 * @param displayName     the user's full name, or the token's name
 * @param agencyId        the user's or token's agency; null only for the demo partnership-wide token
 * @param agencyCode      code of that agency
 * @param teamId          the user's team; may be null
 * @param role            the user's role; null for API tokens
 * @param partnershipWide true for an API token with the {@code partnership} scope
 */
public record Viewer(UUID userId, String username, String displayName, UUID agencyId, String agencyCode,
                     UUID teamId, Role role, boolean partnershipWide) {

    public boolean hasRole(Role r) {
        return role == r;
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    public boolean isApiToken() {
        return userId == null;
    }
}
