package org.interstice.agency;

/** The kind of service an agency provides. */
public enum AgencyKind {
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    YOUTH_JUSTICE("Youth justice"),
    VOLUNTARY("Voluntary"),
    LICENSING("Licensing");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
