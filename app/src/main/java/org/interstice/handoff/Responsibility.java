package org.interstice.handoff;

import java.util.UUID;

import org.interstice.agency.AgencyKind;
import org.interstice.agency.Role;

/**
 * Who is responsible for a process step: a kind of agency and a role, and once configured the agency, team and a
 * named person. {@code ownerUserId} is the person to give an alarm to: the named person if active, else the
 * manager of the named team, else null. {@code agencyId}/{@code agencyName} are null when no agency is chosen and
 * the partnership has more than one agency of that kind.
 */
public record Responsibility(String stepCode, String stepLabel, AgencyKind agencyKind, UUID agencyId, String agencyName,
        Role role, UUID teamId, String teamName, UUID ownerUserId, String ownerName, long version) {

    /** "Police investigator, Northbridge Police (Child Exploitation Team)". */
    public String who() {
        StringBuilder s = new StringBuilder(role.label());
        s.append(", ").append(agencyName != null ? agencyName : "any " + agencyKind.name().toLowerCase().replace('_', ' ') + " agency");
        if (teamName != null) {
            s.append(" (").append(teamName).append(')');
        }
        return s.toString();
    }
}
