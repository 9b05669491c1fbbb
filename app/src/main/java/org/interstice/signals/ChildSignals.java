package org.interstice.signals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's signals as a viewer may see them, newest first. A sensitive signal (a health attendance) opens only to
 * health agencies, the agency that sent it, MASH officers and children's social care practitioners and managers
 * (who reach a child's page only when the child is theirs to see); anyone else sees its category and agency only:
 * "a health signal, restricted" (ADR 0061). The rule is applied in the query, so nothing restricted leaves the
 * database.
 */
@Component
public class ChildSignals {

    /** One signal on the chronology. {@code summary} and {@code place} are null when restricted. */
    public record Entry(UUID id, String kind, String label, String category, UUID agencyId, String agency,
                        OffsetDateTime occurredAt, OffsetDateTime endedAt, String place, boolean exploitationIndicator,
                        String summary, boolean restricted) {
    }

    private final JdbcClient jdbc;
    private final Agencies agencies;

    ChildSignals(JdbcClient jdbc, Agencies agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** Whether the viewer may open sensitive signals of any agency. */
    public boolean mayOpenSensitive(Viewer viewer) {
        if (viewer.hasRole(Role.MASH_OFFICER)) {
            return true;
        }
        AgencyKind kind = viewer.agencyId() == null ? null
                : agencies.byId(viewer.agencyId()).map(a -> a.kind()).orElse(null);
        if (kind == AgencyKind.HEALTH) {
            return true;
        }
        return kind == AgencyKind.CHILDRENS_SOCIAL_CARE && viewer.hasAnyRole(Role.PRACTITIONER, Role.TEAM_MANAGER);
    }

    public List<Entry> forChild(UUID subjectId, Viewer viewer, int limit) {
        return jdbc.sql("""
                        SELECT s.id, s.kind,
                               CASE WHEN r.restricted THEN 'A ' || lower(replace(k.category, '_', ' ')) || ' signal, restricted'
                                    ELSE k.label END AS label,
                               k.category, s.agency_id, a.name AS agency, s.occurred_at, s.ended_at,
                               CASE WHEN r.restricted THEN NULL ELSE s.place END AS place,
                               s.exploitation_indicator AND NOT r.restricted AS exploitation_indicator,
                               CASE WHEN r.restricted THEN NULL ELSE s.summary END AS summary, r.restricted
                        FROM signal s JOIN signal_kind k ON k.code = s.kind JOIN agency a ON a.id = s.agency_id
                        CROSS JOIN LATERAL (SELECT k.sensitive AND NOT :open AND s.agency_id IS DISTINCT FROM CAST(:agency AS uuid)
                                            AS restricted) r
                        WHERE s.subject_id = :id
                        ORDER BY s.occurred_at DESC LIMIT :limit""")
                .param("open", mayOpenSensitive(viewer)).param("agency", viewer.agencyId()).param("id", subjectId)
                .param("limit", limit).query(Entry.class).list();
    }

    /** Kinds an agency can send, in order. */
    public List<Kind> kinds() {
        return jdbc.sql("SELECT code, label, category, risk_weight, exploitation, sensitive FROM signal_kind ORDER BY sort_order")
                .query(Kind.class).list();
    }

    /** A kind of signal with its risk weight. */
    public record Kind(String code, String label, String category, int riskWeight, boolean exploitation, boolean sensitive) {
    }
}
