package org.interstice.protection.response;

/**
 * How a professional was in contact with a child. Only a children's social care statutory visit at which the child
 * was seen meets the statutory visit clock; another agency's contact shows the child was seen, nothing more
 * (issue 14 item 3, ADR 0042).
 */
public enum ContactKind {
    STATUTORY_VISIT("Statutory visit (social work)"),
    OTHER_DIRECT_CONTACT("Contact by another professional");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a contact of this kind meets the statutory visit clock. */
    public boolean meetsVisitClock(boolean childSeen) {
        return this == STATUTORY_VISIT && childSeen;
    }

    public static ContactKind of(String name) {
        for (ContactKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
