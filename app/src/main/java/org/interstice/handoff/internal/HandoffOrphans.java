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
 * next step from a sender who has been deactivated. Partnership leads see every agency's; others their own. Whom
 * an item is about is named only to the two agencies it passes between (and partnership-wide tokens).
 */
@Component
class HandoffOrphans implements OrphanSource {

    private final JdbcClient jdbc;
    private final SubjectNames names;

    HandoffOrphans(JdbcClient jdbc, SubjectNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @Override
    public List<Orphan> orphans(Viewer viewer) {
        return jdbc.sql("""
                        select h.id, h.summary, h.origin_type, h.sent_at, h.owner_user_id, h.from_user_id, h.state,
                               h.subject_id, o.display_name as owner_name, s.display_name as sender_name,
                               fa.name as from_agency, ta.name as to_agency,
                               (:partnership or h.from_agency_id = :agency or h.to_agency_id = :agency) as party
                        from handoff h
                        join agency fa on fa.id = h.from_agency_id
                        join agency ta on ta.id = h.to_agency_id
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
                .param("partnership", viewer.partnershipWide())
                .param("agency", viewer.agencyId())
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    String kind = "PANEL_DECISION".equals(rs.getString("origin_type")) ? "Panel action" : "Hand-off";
                    boolean declined = "DECLINED".equals(state);
                    String who = declined ? rs.getString("sender_name") : rs.getString("owner_name");
                    String problem;
                    String responsible;
                    if (declined) {
                        problem = "Declined, and the sender who must record the next step is deactivated";
                        responsible = "Team manager, " + rs.getString("from_agency");
                    } else if ("ACCEPTED".equals(state)) {
                        problem = "Owner deactivated";
                        responsible = "Team manager, " + rs.getString("to_agency");
                    } else {
                        problem = "No owner: not accepted, and the receiving agency has no active team manager";
                        responsible = "Partnership lead (the receiving agency, " + rs.getString("to_agency")
                                + ", has no team manager)";
                    }
                    java.util.UUID subject = uuid(rs, "subject_id");
                    String about = null;
                    if (subject != null) {
                        about = rs.getBoolean("party") ? names.of(subject) : "A person (only the two agencies see who)";
                    }
                    return new Orphan(kind, rs.getString("summary"), "/handoffs/" + uuid(rs, "id"), about, null,
                            declined ? uuid(rs, "from_user_id") : uuid(rs, "owner_user_id"), who, problem,
                            instant(rs, "sent_at"), null, responsible);
                })
                .list();
    }
}
