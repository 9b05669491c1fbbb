package org.interstice.handoff;

/**
 * How quickly the receiving agency must respond, in the RAG terms MASH teams use. The timescales belong to
 * local policy (table {@code handoff_deadline_policy}), not to this enum: there is no national standard.
 */
public enum Urgency {
    RED("Red: possible child protection issue"),
    AMBER("Amber: significant concern"),
    GREEN("Green: wellbeing concern");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Red", "Amber" or "Green". */
    public String colour() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.UK);
    }
}
