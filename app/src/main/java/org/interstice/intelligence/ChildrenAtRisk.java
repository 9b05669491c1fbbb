package org.interstice.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children a report names as CHILD_AT_RISK, for modules that act on them (signals makes each a signal). Only
 * children linked to an identity subject are returned. Carries no report body: what another agency may read of a
 * report is its sanitised summary, if the author wrote one.
 */
@Component
public class ChildrenAtRisk {

    /** A child named at risk in a report. */
    public record Named(UUID reportId, String reference, LocalDate reportedOn, UUID reportingAgencyId, UUID subjectId,
                        String sanitisedSummary) {
    }

    private final JdbcClient jdbc;

    ChildrenAtRisk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Named> in(UUID reportId) {
        return jdbc.sql("""
                        select r.id as report_id, r.reference, r.reported_on, r.reporting_agency_id, e.subject_id,
                               r.sanitised_summary
                        from intelligence_report r
                        join intelligence_mention m on m.report_id = r.id and m.role = 'CHILD_AT_RISK'
                        join pole_entity e on e.id = m.entity_id and e.subject_id is not null
                        where r.id = ?""")
                .param(reportId).query(Named.class).list();
    }
}
