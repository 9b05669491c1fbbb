package org.interstice.handoff;

import java.util.UUID;

/** The result of sending: the new hand-off's id, or the reason it was refused (then the id is null). */
public record Sent(UUID handoffId, String refusal) {

    public boolean refused() {
        return refusal != null;
    }
}
