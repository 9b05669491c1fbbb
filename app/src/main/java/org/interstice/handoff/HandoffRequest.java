package org.interstice.handoff;

import java.time.Instant;
import java.util.UUID;

/**
 * What a sender asks for. {@code completionDueOverride} is for panel actions with an agreed due date (null to use
 * the policy for the urgency); {@code originType}/{@code originId} say where the hand-off came from (e.g.
 * {@code PANEL_DECISION}), both nullable. {@code share} is the information shared with it, or null.
 */
public record HandoffRequest(HandoffKind kind, Urgency urgency, UUID subjectId, UUID toAgencyId, UUID toTeamId,
        String summary, Instant completionDueOverride, String originType, UUID originId, InformationShared share) {

    public static final String PANEL_DECISION = "PANEL_DECISION";
}
