package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.SourceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading intelligence reports. Who may read what is decided in SQL by {@code intelligence_readable} (full text and
 * source) and {@code intelligence_content_visible} (a sanitised summary and what the report names and links).
 */
@Component
public class Reports {

    private final JdbcClient jdbc;
    private final Audit audit;

    Reports(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A report as a list line: the full text's opening for full readers, otherwise the sanitised summary. */
    public record Line(UUID id, String reference, LocalDate reportedOn, String agency, SourceType sourceType,
                       Grade grade, boolean full, String summary) {
    }

    public record Named(UUID entityId, EntityType type, String label, UUID subjectId, MentionRole role) {
    }

    public record Asserted(UUID fromId, String fromLabel, String relation, UUID toId, String toLabel) {
    }

    /** A report in full, or sanitised (body and source withheld) for viewers outside its handling conditions. */
    public record Report(Line line, String body, String sourceDescription, UUID sourceSubjectId, String handlingConditions,
                         String sanitisedSummary, List<Named> named, List<Asserted> links) {
    }

    private static final String LINE = """
            select r.id, r.reference, r.reported_on, a.name as agency, r.source_type, r.grading_system, r.source_grade,
                   r.information_grade, r.handling_code, intelligence_readable(r.id, :agency, :role) as full,
                   case when intelligence_readable(r.id, :agency, :role) then coalesce(r.sanitised_summary, left(r.body, 240))
                        else r.sanitised_summary end as summary
            from intelligence_report r join agency a on a.id = r.reporting_agency_id
            """;

    public List<Line> recent(Viewer viewer, int limit) {
        return jdbc.sql(LINE + " where intelligence_content_visible(r.id, :agency, :role) order by r.reported_on desc, r.reference desc limit :limit")
                .param("agency", viewer.agencyId()).param("role", role(viewer)).param("limit", limit)
                .query((rs, n) -> line(rs)).list();
    }

    @Transactional
    public Optional<Report> report(Viewer viewer, UUID id) {
        Optional<Line> line = jdbc.sql(LINE + " where r.id = :id and intelligence_content_visible(r.id, :agency, :role)")
                .param("id", id).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query((rs, n) -> line(rs)).optional();
        if (line.isEmpty()) return Optional.empty();
        audit.read(viewer, "intelligence_report", id);
        var full = jdbc.sql("""
                        select case when intelligence_readable(id, :agency, :role) then body end as body,
                               case when intelligence_readable(id, :agency, :role) then source_description end as source_description,
                               case when intelligence_readable(id, :agency, :role) then source_subject_id end as source_subject_id,
                               handling_conditions, sanitised_summary
                        from intelligence_report where id = :id""")
                .param("id", id).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .single();
        List<Named> named = jdbc.sql("""
                        select e.id, e.entity_type, e.label, e.subject_id, m.role from intelligence_mention m
                        join pole_entity e on e.id = m.entity_id where m.report_id = ? order by m.role, e.label""")
                .param(id).query((rs, n) -> new Named(rs.getObject(1, UUID.class), EntityType.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, UUID.class), MentionRole.valueOf(rs.getString(5)))).list();
        List<Asserted> links = jdbc.sql("""
                        select f.id, f.label, l.relation, t.id, t.label from pole_link l
                        join pole_entity f on f.id = l.from_entity_id join pole_entity t on t.id = l.to_entity_id
                        where l.report_id = ? order by f.label, t.label""")
                .param(id).query((rs, n) -> new Asserted(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5))).list();
        return Optional.of(new Report(line.get(), full[0], full[1], full[2] == null ? null : UUID.fromString(full[2]),
                full[3], full[4], named, links));
    }

    static String role(Viewer viewer) {
        return viewer.role() == null ? "" : viewer.role().name();
    }

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Line(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("reported_on", LocalDate.class),
                rs.getString("agency"), SourceType.valueOf(rs.getString("source_type")),
                Grade.of(rs.getString("grading_system"), rs.getString("source_grade"), rs.getString("information_grade"),
                        rs.getString("handling_code")),
                rs.getBoolean("full"), rs.getString("summary"));
    }
}
