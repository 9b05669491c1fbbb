package org.interstice.handoff;

/** What the sender did after the receiving agency declined: a declined hand-off is not closed until one is recorded. */
public enum NextStep {
    SENT_TO_ANOTHER_AGENCY("Sent to another agency"),
    SENDING_AGENCY_WILL_ACT("Our agency will act"),
    RAISED_WITH_MANAGER("Raised with a manager under the escalation protocol"),
    NO_FURTHER_ACTION("No further action, with reasons");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
