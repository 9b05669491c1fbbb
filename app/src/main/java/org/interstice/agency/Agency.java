package org.interstice.agency;

import java.util.UUID;

/** An agency of the partnership. */
public record Agency(UUID id, String code, String name, AgencyKind kind) {
}
