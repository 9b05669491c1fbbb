package org.interstice.intelligence;

/** Who the information came from. A child's or parent's account written down by a practitioner counts. */
public enum SourceType {
    CHILD_ACCOUNT("A child's or young person's own account"),
    PARENT_OR_CARER_ACCOUNT("A parent's or carer's account"),
    PRACTITIONER_OBSERVATION("A practitioner's own observation"),
    MEMBER_OF_PUBLIC("A member of the public"),
    POLICE_OFFICER("A police officer"),
    PARTNER_AGENCY_RECORD("Another agency's record"),
    ANONYMOUS("Anonymous"),
    OTHER("Other");

    private final String label;

    SourceType(String label) { this.label = label; }

    public String label() { return label; }
}
