package org.interstice.handoff.internal;

import java.util.List;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Orphan;
import org.interstice.handoff.OrphanSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.Sql.instant;
import static org.interstice.handoff.internal.Sql.uuid;

/**
 * Open hand-offs and panel actions that nobody can be held to: accepted but owned by a deactivated person;
 * not yet accepted with no active manager in the receiving agency to escalate to; declined and waiting for a
 * next step from a sender who has been deactivated. Partnership leads see every agency's; others their own.
 */
@Component
class HandoffOrphans implements OrphanSource {

    private final JdbcClient jdbc;

    HandoffOrphans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Orphan> orphans(Viewer viewer) {
        return jdbc.sql("""
                        select h.id, h.summary, h.origin_type, h.sent_at, h.owner_user_id, h.from_user_id, h.state,
                               o.display_name as owner_name, o.active as owner_active,
                               s.display_name as sender_name, s.active as sender_active
                        from handoff h
                        left join app_user o on o.id = h.owner_user_id
                        left join app_user s on s.id = h.from_user_id
                        where (:all or h.from_agency_id = :agency or h.to_agency_id = :agency)
                          and ((h.state = 'ACCEPTED' and (o.id is null or not o.active))
                            or (h.state in ('SENT', 'ACKNOWLEDGED') and not exists (
                                    select 1 from app_user m where m.agency_id = h.to_agency_id
                                    and m.role = 'TEAM_MANAGER' and m.active))
                            or (h.state = 'DECLINED' and h.next_step is null and (s.id is null or not s.active)))
                        order by h.sent_at""")
                .param("all", viewer.partnershipWide() || viewer.hasRole(Role.PARTNERSHIP_LEAD))
                .param("agency", viewer.agencyId())
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    String kind = "PANEL_DECISION".equals(rs.getString("origin_type")) ? "Panel action" : "Hand-off";
                    boolean declined = "DECLINED".equals(state);
                    String who = declined ? rs.getString("sender_name") : rs.getString("owner_name");
                    String problem;
                    if (declined) {
                        problem = "Declined; the sender who must record the next step is deactivated";
                    } else if ("ACCEPTED".equals(state)) {
                        problem = "Owner deactivated";
                    } else {
                        problem = "No owner: not accepted, and the receiving agency has no active team manager";
                    }
                    return new Orphan(kind, rs.getString("summary"), "/handoffs/" + uuid(rs, "id"),
                            declined ? uuid(rs, "from_user_id") : uuid(rs, "owner_user_id"), who, problem,
                            instant(rs, "sent_at"));
                })
                .list();
    }
}
