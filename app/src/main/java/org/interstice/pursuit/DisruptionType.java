package org.interstice.pursuit;

/** Disruption tactics from the Home Office child exploitation disruption toolkit that Interstice records. */
public enum DisruptionType {
    CAWN("Child Abduction Warning Notice"),
    SRO("Sexual Risk Order"),
    SHPO("Sexual Harm Prevention Order"),
    LICENSING_REFERRAL("Referral to the licensing authority"),
    LICENSING_REVIEW("Licence review by the licensing authority"),
    OTHER("Other disruption");

    private final String label;

    DisruptionType(String label) { this.label = label; }

    public String label() { return label; }
}
