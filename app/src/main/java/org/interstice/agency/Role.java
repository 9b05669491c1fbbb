package org.interstice.agency;

/** What a user does in the partnership. Spring Security authority is {@code "ROLE_" + name()}. */
public enum Role {
    PRACTITIONER("Practitioner"),
    TEAM_MANAGER("Team manager"),
    MASH_OFFICER("MASH officer"),
    POLICE_INVESTIGATOR("Police investigator"),
    INTELLIGENCE_ANALYST("Intelligence analyst"),
    PANEL_CHAIR("Panel chair"),
    PARTNERSHIP_LEAD("Partnership lead"),
    AUDITOR("Auditor"),
    /** Sees aggregate figures only, never a page about an individual. */
    ELECTED_MEMBER("Elected member"),
    /** Manages users and configuration; no case access. */
    SYSTEM_ADMINISTRATOR("System administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
