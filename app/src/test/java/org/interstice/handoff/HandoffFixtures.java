package org.interstice.handoff;

import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;

/** Test helpers: demo users as viewers, and a hand-off sent from one demo agency to another. */
final class HandoffFixtures {

    private HandoffFixtures() {
    }

    static Viewer viewer(Users users, String username) {
        return users.viewerFor(username).orElseThrow();
    }

    static UUID agency(Agencies agencies, String code) {
        return agencies.byCode(code).orElseThrow().id();
    }

    static UUID send(Handoffs handoffs, Viewer from, UUID toAgency, Urgency urgency, String summary) {
        Sent sent = handoffs.send(new HandoffRequest(HandoffKind.REFERRAL, urgency, UUID.randomUUID(), toAgency, null,
                summary, null, null, null, null), from);
        if (sent.refused()) {
            throw new AssertionError(sent.refusal());
        }
        return sent.handoffId();
    }

}
