package org.interstice.pursuit;

/**
 * Home Office crime outcome groups (outcomes framework). The numeric outcome codes are not held here: they are
 * unverified in our domain reference and so are never hard-wired.
 */
public enum OutcomeGroup {
    CHARGED_OR_SUMMONSED("Charged or summonsed"),
    OUT_OF_COURT_FORMAL("Out-of-court (formal): caution or penalty notice"),
    OUT_OF_COURT_INFORMAL("Out-of-court (informal): community resolution"),
    DIVERSIONARY("Diversionary, educational or intervention activity"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS("Evidential difficulties: suspect identified, victim supports action"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT("Evidential difficulties: victim does not support action"),
    PROSECUTION_PREVENTED("Prosecution prevented or not in the public interest"),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST("Further investigation not in the public interest"),
    TRANSFERRED("Transferred to another body"),
    TAKEN_INTO_CONSIDERATION("Taken into consideration"),
    NO_SUSPECT_IDENTIFIED("Investigation complete: no suspect identified");

    private final String label;

    OutcomeGroup(String label) { this.label = label; }

    public String label() { return label; }
}
