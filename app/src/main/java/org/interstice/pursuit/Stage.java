package org.interstice.pursuit;

/** Stages of a suspect's criminal justice pathway, in order. OUTCOME closes the pathway. */
public enum Stage {
    NAMED("Named"),
    IDENTIFIED("Identified"),
    INVESTIGATION("Under investigation"),
    ARREST_OR_INTERVIEW("Arrested or interviewed voluntarily"),
    FILE_TO_CPS("File sent to the CPS"),
    CHARGED("Charged or summonsed"),
    PROSECUTION("Prosecution"),
    OUTCOME("Outcome recorded");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** From INVESTIGATION onwards, until an outcome, the suspect is being pursued. */
    public boolean pursuing() {
        return ordinal() >= INVESTIGATION.ordinal() && this != OUTCOME;
    }

    public Stage next() {
        return this == OUTCOME ? OUTCOME : values()[ordinal() + 1];
    }
}
