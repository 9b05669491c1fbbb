package org.interstice.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;

/**
 * Who may see a subject (architecture.md section 5). Partnership-wide roles see every subject; agency roles see
 * the subjects their own agency knows (and then every agency's record of them); the others never.
 * The scope is passed to SQL, which does the filtering.
 */
public record SubjectAccess(boolean allowed, boolean partnershipWide, UUID agencyId) {

    static final Set<Role> PARTNERSHIP_WIDE = EnumSet.of(Role.MASH_OFFICER, Role.INTELLIGENCE_ANALYST, Role.PANEL_CHAIR);
    static final Set<Role> OWN_AGENCY = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.POLICE_INVESTIGATOR);

    public static SubjectAccess of(Viewer viewer) {
        if (viewer == null) {
            return new SubjectAccess(false, false, null);
        }
        if (viewer.isApiToken()) {
            return viewer.partnershipWide() ? new SubjectAccess(true, true, null)
                    : new SubjectAccess(viewer.agencyId() != null, false, viewer.agencyId());
        }
        if (PARTNERSHIP_WIDE.contains(viewer.role())) {
            return new SubjectAccess(true, true, viewer.agencyId());
        }
        if (OWN_AGENCY.contains(viewer.role()) && viewer.agencyId() != null) {
            return new SubjectAccess(true, false, viewer.agencyId());
        }
        return new SubjectAccess(false, false, null);
    }

    /** SQL condition on subject alias {@code s}; bind {@code :wide} and {@code :agency} with {@link #bind}. */
    static final String CONDITION = """
            (:wide or exists (select 1 from person_record ax where ax.subject_id = s.id and ax.agency_id = :agency))""";

    org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("wide", partnershipWide).param("agency", agencyId == null ? new UUID(0, 0) : agencyId);
    }
}
