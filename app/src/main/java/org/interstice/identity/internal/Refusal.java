package org.interstice.identity.internal;

import java.util.List;
import java.util.UUID;

/** The result of a guarded change: done (with the subject it left things in), or refused with a reason. */
public record Refusal(boolean done, String reason, List<String> concerns, UUID subjectId) {

    static Refusal ok(UUID subjectId) {
        return new Refusal(true, null, List.of(), subjectId);
    }

    public static Refusal no(String reason) {
        return new Refusal(false, reason, List.of(), null);
    }

    static Refusal blocked(List<String> concerns) {
        return new Refusal(false, "This merge looks unsafe. Give a reason to override it, or reject the match.", concerns, null);
    }
}
