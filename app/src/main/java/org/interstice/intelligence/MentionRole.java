package org.interstice.intelligence;

/** The role in which a report names a person (or thing). */
public enum MentionRole {
    SUSPECT("Suspect"),
    CHILD_AT_RISK("Child at risk"),
    WITNESS("Witness"),
    ASSOCIATE("Associate"),
    OTHER("Other");

    private final String label;

    MentionRole(String label) { this.label = label; }

    public String label() { return label; }
}
