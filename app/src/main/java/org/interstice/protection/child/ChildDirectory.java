package org.interstice.protection.child;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.identity.AgencyKnowledge;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place where `protection` learns who a child is: name, date of birth, and how many agencies know the child.
 * A child whose subject id identity knows is described by the single view ({@link Subjects}, following merges);
 * protection's own record of what the referrer stated is only the fallback for a child identity does not know.
 * No access check happens here: callers have checked the viewer's scope in SQL first.
 */
@Component("protectionChildDirectory")
public class ChildDirectory {

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final Clock clock;

    ChildDirectory(JdbcClient jdbc, Subjects subjects, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.clock = clock;
    }

    public Optional<ChildSummary> find(UUID subjectId) {
        Optional<SubjectSummary> known = subjects.byId(subjectId);
        if (known.isPresent()) {
            return Optional.of(new ChildSummary(subjectId, known.get().displayName(), known.get().dateOfBirth(), true));
        }
        return jdbc.sql("""
                        SELECT subject_id, stated_name AS name, stated_birth_date AS birth_date, false AS matched
                        FROM protection_child WHERE subject_id = :id""")
                .param("id", subjectId).query(ChildSummary.class).optional();
    }

    /**
     * Copies identity's name and date of birth onto the child's protection row (cleared when identity does not know
     * the child), so that lists read them without a call into identity per row.
     */
    public void refresh(UUID subjectId) {
        Optional<SubjectSummary> known = subjects.byId(subjectId);
        jdbc.sql("""
                        UPDATE protection_child SET identity_name = :name, identity_birth_date = :dob, identity_checked_at = :now
                        WHERE subject_id = :id""")
                .param("name", known.map(SubjectSummary::displayName).orElse(null))
                .param("dob", known.map(SubjectSummary::dateOfBirth).orElse(null))
                .param("now", OffsetDateTime.now(clock)).param("id", subjectId).update();
    }

    /** Children whose name contains the text, for choosing the child a contact is about. */
    public List<ChildSummary> search(String text) {
        return jdbc.sql("""
                SELECT subject_id, coalesce(identity_name, stated_name) AS name,
                       coalesce(identity_birth_date, stated_birth_date) AS birth_date, identity_name IS NOT NULL AS matched
                FROM protection_child
                WHERE coalesce(identity_name, stated_name) ILIKE '%' || :text || '%'
                ORDER BY coalesce(identity_name, stated_name) LIMIT 50""")
                .param("text", text == null ? "" : text.strip()).query(ChildSummary.class).list();
    }

    /**
     * Distinct agencies that know the child: every agency holding a record of the subject in identity (the single
     * view), together with the agencies that have recorded something about the child in protection.
     */
    public int agenciesAware(UUID subjectId) {
        Set<UUID> agencies = new HashSet<>(jdbc.sql("""
                SELECT referring_agency_id AS agency_id FROM protection_contact WHERE subject_id = :id
                UNION SELECT onward_agency_id FROM protection_contact WHERE subject_id = :id AND onward_agency_id IS NOT NULL
                UNION SELECT agency_id FROM exploitation_screening WHERE subject_id = :id
                UNION SELECT agency_id FROM child_seen WHERE subject_id = :id
                UNION SELECT agency_id FROM lead_professional WHERE subject_id = :id""")
                .param("id", subjectId).query(UUID.class).list());
        subjects.agenciesKnowing(subjectId).stream().map(AgencyKnowledge::agencyId).forEach(agencies::add);
        return agencies.size();
    }

    /**
     * Whether the viewer may open the child's single view page (identity's rules: partnership roles see every subject,
     * agency roles a subject one of whose records is their agency's; elected members, administrators, auditors and
     * partnership leads never). The single view checks again; this only decides whether to offer the link.
     */
    public boolean singleViewOpenTo(UUID subjectId, Viewer viewer) {
        if (viewer.role() == null) {
            return false;
        }
        return switch (viewer.role()) {
            case MASH_OFFICER, INTELLIGENCE_ANALYST, PANEL_CHAIR -> subjects.byId(subjectId).isPresent();
            case PRACTITIONER, TEAM_MANAGER, POLICE_INVESTIGATOR -> subjects.agenciesKnowing(subjectId).stream()
                    .anyMatch(a -> a.agencyId().equals(viewer.agencyId()));
            default -> false;
        };
    }
}
