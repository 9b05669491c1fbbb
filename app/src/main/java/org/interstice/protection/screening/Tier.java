package org.interstice.protection.screening;

/** The three tiers of exploitation indicators (SERAF style). */
public enum Tier {
    VULNERABILITY("Vulnerabilities"),
    MODERATE("Moderate indicators"),
    SIGNIFICANT("Significant indicators");

    private final String heading;

    Tier(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
