package org.interstice.panel.internal;

import java.time.Instant;

import org.interstice.handoff.HandoffState;

/** How an action agreed at an earlier meeting stands now: the opening item of the next meeting. */
public record ActionProgress(String decision, String ownerAgency, String ownerName, HandoffState state,
        Instant dueAt, Instant closedAt, String outcome) {

    public String status(Instant now) {
        return switch (state) {
            case COMPLETED -> "Done";
            case DECLINED -> "Declined";
            case WITHDRAWN -> "Withdrawn";
            default -> dueAt.isBefore(now) ? "Overdue" : "In progress";
        };
    }
}
