package org.interstice.handoff;

import java.time.Instant;
import java.util.UUID;

/**
 * Something open that nobody owns, or whose owner has been deactivated. {@code kind} e.g. "Hand-off",
 * "Panel action", "Alarm"; {@code problem} e.g. "No owner" or "Owner deactivated".
 */
public record Orphan(String kind, String title, String href, UUID ownerUserId, String ownerName, String problem,
        Instant since) {
}
