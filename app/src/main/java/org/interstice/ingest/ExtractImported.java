package org.interstice.ingest;

import java.util.UUID;

/** An agency extract finished importing; its records are linked or waiting for review. */
public record ExtractImported(UUID importId, UUID agencyId) {
}
