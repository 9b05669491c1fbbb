package org.interstice.protection.triage;

/** The MASH decisions on a contact. Each is recorded with a reason and shown to the referring agency. */
public enum Outcome {
    NFA("No further action"),
    EARLY_HELP("Early help"),
    ASSESSMENT("Child and family assessment"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    OTHER_AGENCY("Referral to another agency");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
