package org.interstice.handoff.internal;

import java.time.Instant;

import org.interstice.handoff.Urgency;

/**
 * Local timescales for one urgency: how long the receiver has to acknowledge and to complete, and how long each
 * escalation step waits before the next one. Stored in {@code handoff_deadline_policy}; defaults are local
 * examples (Merton BRAG), not national rules.
 */
public record DeadlinePolicy(Urgency urgency, Period acknowledgeWithin, Period completeWithin, Period escalateAgainAfter) {

    public Instant acknowledgementDue(Instant sentAt, WorkingTime time) {
        return time.plus(sentAt, acknowledgeWithin);
    }

    public Instant completionDue(Instant sentAt, WorkingTime time) {
        return time.plus(sentAt, completeWithin);
    }

    public Instant secondEscalation(Instant due, WorkingTime time) {
        return time.plus(due, escalateAgainAfter);
    }
}
