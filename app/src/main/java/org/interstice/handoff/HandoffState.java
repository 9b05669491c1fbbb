package org.interstice.handoff;

/** Where a hand-off is in its life. */
public enum HandoffState {
    SENT("Sent", true),
    ACKNOWLEDGED("Acknowledged", true),
    ACCEPTED("Accepted", true),
    DECLINED("Declined", false),
    COMPLETED("Completed", false),
    WITHDRAWN("Withdrawn", false);

    private final String label;
    private final boolean receiverClockRunning;

    HandoffState(String label, boolean receiverClockRunning) {
        this.label = label;
        this.receiverClockRunning = receiverClockRunning;
    }

    public String label() {
        return label;
    }

    /** True while the receiving agency owes a response, so the hand-off can become overdue and escalate. */
    public boolean receiverClockRunning() {
        return receiverClockRunning;
    }
}
