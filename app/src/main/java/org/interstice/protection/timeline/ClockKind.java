package org.interstice.protection.timeline;

/** The clocks on a child's statutory timeline. */
public enum ClockKind {
    REFERRAL_DECISION("Referral decision"),
    ASSESSMENT("Child and family assessment"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    ICPC("Initial child protection conference"),
    CORE_GROUP("First core group meeting"),
    FIRST_REVIEW("First review conference"),
    LATER_REVIEW("Review conference"),
    VISIT("Visit");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
