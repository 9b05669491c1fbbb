package org.interstice.protection.screening;

/** Direction of a child's risk between two consecutive screenings. */
public enum Trend {
    FIRST("First screening"), ROSE("Rose"), FELL("Fell"), SAME("No change");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Trend between(Integer previousRank, int rank) {
        if (previousRank == null) {
            return FIRST;
        }
        return rank > previousRank ? ROSE : rank < previousRank ? FELL : SAME;
    }
}
