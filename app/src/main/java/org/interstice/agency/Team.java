package org.interstice.agency;

import java.util.UUID;

/** A team within an agency. */
public record Team(UUID id, UUID agencyId, String name) {
}
