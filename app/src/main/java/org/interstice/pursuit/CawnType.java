package org.interstice.pursuit;

/** The two kinds of Child Abduction Warning Notice, by the child's age and status and the Act behind it (domain.md 4). */
public enum CawnType {
    UNDER_16("Under 16 (Child Abduction Act 1984, s.2)", 16),
    UNDER_18_IN_CARE("Under 18 in care, or in emergency or police protection (Children Act 1989, s.49)", 18);

    private final String label;
    private final int underAge;

    CawnType(String label, int underAge) {
        this.label = label;
        this.underAge = underAge;
    }

    public String label() { return label; }

    /** The child must be younger than this on the date the notice is issued. */
    public int underAge() { return underAge; }
}
