package org.interstice.protection.common;

import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;

/**
 * What a viewer may see of protection records, passed into SQL. Wide viewers (MASH officers, panel chairs,
 * partnership-wide API tokens) see every child; others see children their team is responsible
 * for and children their agency has recorded something about.
 */
public record Scope(boolean wide, UUID agencyId, UUID teamId) {

    public static Scope of(Viewer viewer) {
        boolean wide = viewer.partnershipWide() || viewer.hasRole(Role.MASH_OFFICER) || viewer.hasRole(Role.PANEL_CHAIR);
        return new Scope(wide, viewer.agencyId(), viewer.teamId());
    }

    /** SQL condition on {@code protection_child} aliased {@code c}; parameters :wide, :agency, :team. */
    public static final String CHILD_VISIBLE = """
            (:wide
             OR c.responsible_team_id = CAST(:team AS uuid)
             OR EXISTS (SELECT 1 FROM protection_contact k WHERE k.subject_id = c.subject_id
                        AND (k.referring_agency_id = CAST(:agency AS uuid) OR k.onward_agency_id = CAST(:agency AS uuid)))
             OR EXISTS (SELECT 1 FROM lead_professional l WHERE l.subject_id = c.subject_id AND l.to_on IS NULL
                        AND l.agency_id = CAST(:agency AS uuid))
             OR EXISTS (SELECT 1 FROM exploitation_screening s WHERE s.subject_id = c.subject_id
                        AND s.agency_id = CAST(:agency AS uuid))
             OR EXISTS (SELECT 1 FROM child_seen v WHERE v.subject_id = c.subject_id AND v.agency_id = CAST(:agency AS uuid)))""";

    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("wide", wide).param("agency", agencyId).param("team", teamId);
    }
}
