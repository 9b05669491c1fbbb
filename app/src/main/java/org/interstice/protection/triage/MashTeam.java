package org.interstice.protection.triage;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.springframework.stereotype.Component;

/**
 * The team that owns referral decisions: the children's social care team that MASH officers belong to (police and
 * health MASH desks share information but the decision is the local authority's).
 */
@Component("protectionMashTeam")
public class MashTeam {

    private final Users users;
    private final Agencies agencies;

    MashTeam(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    public Optional<UUID> id() {
        return users.withRole(Role.MASH_OFFICER).stream()
                .filter(UserSummary::active)
                .filter(u -> u.teamId() != null)
                .sorted(Comparator.comparing((UserSummary u) -> !isSocialCare(u.agencyId())).thenComparing(UserSummary::username))
                .map(UserSummary::teamId).filter(Objects::nonNull).findFirst();
    }

    private boolean isSocialCare(UUID agencyId) {
        return agencies.byId(agencyId).map(a -> a.kind() == AgencyKind.CHILDRENS_SOCIAL_CARE).orElse(false);
    }
}
