package org.interstice.pursuit.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Orphan;
import org.interstice.handoff.OrphanSource;
import org.interstice.handoff.ProcessSteps;
import org.springframework.stereotype.Component;

/**
 * Open "named but not pursued" alarms whose suspect has no police lead, or a police lead who has been deactivated,
 * for the orphans page. Shown to those who may read suspects (panel chairs and partnership leads among the page's
 * viewers, and partnership tokens).
 */
@Component
class PursuitOrphans implements OrphanSource {

    private final Alarms alarms;
    private final Users users;

    PursuitOrphans(Alarms alarms, Users users) {
        this.alarms = alarms;
        this.users = users;
    }

    @Override
    public List<Orphan> orphans(Viewer viewer) {
        if (!(viewer.partnershipWide() || viewer.hasAnyRole(Role.PANEL_CHAIR, Role.PARTNERSHIP_LEAD))) {
            return List.of();
        }
        Map<UUID, UserSummary> people = users.all().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        return alarms.open().stream()
                .filter(a -> a.ownerUserId() == null || !people.containsKey(a.ownerUserId())
                        || !people.get(a.ownerUserId()).active())
                .map(a -> {
                    UserSummary lead = a.ownerUserId() == null ? null : people.get(a.ownerUserId());
                    String href = "/pursuit/suspects/" + a.suspectId();
                    return new Orphan("Pursuit alarm", "Named but not pursued: " + a.suspectName(), href,
                            "Suspect: " + a.suspectName(), href, lead == null ? null : lead.id(),
                            lead == null ? null : lead.displayName(),
                            lead == null ? "No owner: no police lead named" : "Owner deactivated: the police lead has left",
                            a.raisedAt(), ProcessSteps.SUSPECT_PURSUIT_ACTION_RECORDED, null);
                })
                .toList();
    }
}
