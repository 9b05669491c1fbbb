package org.interstice.protection.response;

/** The kinds of plan a child can be on. */
public enum PlanType {
    CHILD_IN_NEED("Child in need plan"),
    CHILD_PROTECTION("Child protection plan"),
    EXPLOITATION_SAFETY("Exploitation safety plan");

    private final String label;

    PlanType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
