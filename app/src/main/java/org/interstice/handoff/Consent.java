package org.interstice.handoff;

/** The consent position when information was shared (2024 DfE advice: consent is not needed when a child is at risk). */
public enum Consent {
    GIVEN("Consent given"),
    NOT_SOUGHT_CHILD_AT_RISK("Not sought: the child is or may be at risk"),
    NOT_SOUGHT_WOULD_INCREASE_RISK("Not sought: seeking it would increase the risk"),
    REFUSED_SHARED_WITHOUT("Refused, shared without consent on the lawful basis given");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
