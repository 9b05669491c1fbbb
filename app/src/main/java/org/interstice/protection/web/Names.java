package org.interstice.protection.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Team;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.springframework.stereotype.Component;

/** Agency, team and team-manager names for pages and the API. */
@Component("protectionNames")
class Names {

    private final Agencies agencies;
    private final Users users;

    Names(Agencies agencies, Users users) {
        this.agencies = agencies;
        this.users = users;
    }

    /** Agency names by id, in alphabetical order (for select boxes). */
    Map<UUID, String> agencies() {
        return agencies.all().stream().sorted(java.util.Comparator.comparing(Agency::name))
                .collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Team names by id, in alphabetical order. */
    Map<UUID, String> teams() {
        return users.teams().stream().sorted(java.util.Comparator.comparing(Team::name))
                .collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The responsible team manager's name, the owner of a child's alarm and clocks. */
    Optional<UserSummary> manager(UUID teamId) {
        return teamId == null ? Optional.empty() : users.managerOfTeam(teamId);
    }

    String owner(UUID teamId) {
        if (teamId == null) {
            return "No responsible team";
        }
        String team = teams().getOrDefault(teamId, "Unknown team");
        return manager(teamId).map(m -> m.displayName() + " (" + team + ")").orElse(team + " (no team manager)");
    }

    Function<UUID, String> agencyName() {
        Map<UUID, String> names = agencies();
        return id -> id == null ? "" : names.getOrDefault(id, "Unknown agency");
    }
}
