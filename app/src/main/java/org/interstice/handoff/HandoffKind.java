package org.interstice.handoff;

/** What the sending agency asks of the receiving agency. */
public enum HandoffKind {
    REFERRAL("Referral"),
    REQUEST_FOR_INFORMATION("Request for information"),
    ACTION("Action"),
    TRANSFER_OF_RESPONSIBILITY("Transfer of responsibility");

    private final String label;

    HandoffKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
