package org.interstice.pursuit;

/** How a pathway ended. */
public enum Outcome {
    CONVICTION("Conviction"),
    ACQUITTAL("Acquittal"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    Outcome(String label) { this.label = label; }

    public String label() { return label; }
}
