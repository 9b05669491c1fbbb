package org.interstice.demo;

import org.interstice.agency.Role;

import java.util.List;

/** Usernames of the demo users, one per role plus a few colleagues. All share the demo password. */
public final class DemoUsers {

    public static final String PRACTITIONER = "practitioner";
    public static final String TEAM_MANAGER = "team.manager";
    public static final String MASH_OFFICER = "mash.officer";
    public static final String POLICE_INVESTIGATOR = "police.investigator";
    public static final String INTELLIGENCE_ANALYST = "intelligence.analyst";
    public static final String PANEL_CHAIR = "panel.chair";
    public static final String PARTNERSHIP_LEAD = "partnership.lead";
    public static final String AUDITOR = "auditor";
    public static final String ELECTED_MEMBER = "elected.member";
    public static final String SYSTEM_ADMINISTRATOR = "sysadmin";

    private DemoUsers() {
    }

    /** The demo user who holds a role. */
    public static String forRole(Role role) {
        return switch (role) {
            case PRACTITIONER -> PRACTITIONER;
            case TEAM_MANAGER -> TEAM_MANAGER;
            case MASH_OFFICER -> MASH_OFFICER;
            case POLICE_INVESTIGATOR -> POLICE_INVESTIGATOR;
            case INTELLIGENCE_ANALYST -> INTELLIGENCE_ANALYST;
            case PANEL_CHAIR -> PANEL_CHAIR;
            case PARTNERSHIP_LEAD -> PARTNERSHIP_LEAD;
            case AUDITOR -> AUDITOR;
            case ELECTED_MEMBER -> ELECTED_MEMBER;
            case SYSTEM_ADMINISTRATOR -> SYSTEM_ADMINISTRATOR;
        };
    }

    public static List<String> oneForEachRole() {
        return java.util.Arrays.stream(Role.values()).map(DemoUsers::forRole).toList();
    }
}
