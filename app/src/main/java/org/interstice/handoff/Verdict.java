package org.interstice.handoff;

/** The answer of a guarded state change: done, or refused with a reason a person can act on. */
public record Verdict(boolean allowed, String reason) {

    private static final Verdict OK = new Verdict(true, null);

    public static Verdict ok() {
        return OK;
    }

    public static Verdict refused(String reason) {
        return new Verdict(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}
