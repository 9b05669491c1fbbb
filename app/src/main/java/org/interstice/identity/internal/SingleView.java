package org.interstice.identity.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.identity.AgencyKnowledge;
import org.interstice.identity.Ethnicity;
import org.interstice.identity.Sex;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Everything the single view shows about one subject, fetched only if the viewer may see it. */
@Component
public class SingleView {

    public record View(SubjectSummary summary, List<AgencyKnowledge> agencies, List<RecordRow> records,
                       List<ValueRow> values, List<DecisionRow> decisions, List<MergeRow> merges,
                       List<RecordMoves.MoveRow> moves) {
        public List<ValueRow> valuesOf(String field) {
            return values.stream().filter(v -> v.field().equals(field)).toList();
        }
    }

    public record RecordRow(UUID id, String agencyCode, String agencyName, String sourceSystem, String sourceId,
                            LocalDate firstKnown, String name, LocalDate dob, Instant updatedAt) {
    }

    /** One value held about the subject and the agency record it came from. */
    public record ValueRow(String field, String value, String agencyCode, String sourceId, String period) {
    }

    public record Weight(String field, String level, double weight) {
    }

    public record DecisionRow(Instant at, String kind, String record, String otherRecord, Double weight,
                              Double probability, String modelVersion, String decidedBy, String reason, Double prior,
                              List<Weight> weights) {
    }

    public record MergeRow(UUID id, UUID survivorId, UUID absorbedId, String mergedBy, Instant mergedAt,
                           List<String> concerns, String overrideReason, String splitBy, Instant splitAt,
                           String reason) {
        public boolean undone() {
            return splitAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final RecordMoves moves;

    SingleView(JdbcClient jdbc, Subjects subjects, RecordMoves moves) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.moves = moves;
    }

    /** Empty when the subject does not exist or the viewer may not see it (the two are not told apart). */
    public Optional<View> of(UUID subjectId, SubjectAccess access) {
        if (!access.allowed()) {
            return Optional.empty();
        }
        UUID id = subjects.current(subjectId);
        boolean visible = access.bind(jdbc.sql("select count(*) from subject s where s.id = :id and " + SubjectAccess.CONDITION)
                .param("id", id)).query(Integer.class).single() > 0;
        if (!visible) {
            return Optional.empty();
        }
        return subjects.byId(id).map(summary -> new View(summary, subjects.agenciesKnowing(id), records(id), values(id),
                decisions(id), merges(id), moves.of(id)));
    }

    private List<RecordRow> records(UUID id) {
        return jdbc.sql("""
                select r.id, a.code, a.name, r.source_system, r.source_id, r.first_known, r.given_name, r.family_name,
                  r.dob, r.updated_at
                from person_record r join agency a on a.id = r.agency_id
                where r.subject_id = :id order by r.first_known, a.code, r.source_id""")
                .param("id", id)
                .query((rs, n) -> new RecordRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(),
                        SubjectDirectory.displayName(rs.getString(7), rs.getString(8)), date(rs.getDate(9)),
                        rs.getTimestamp(10).toInstant())).list();
    }

    private List<ValueRow> values(UUID id) {
        List<ValueRow> out = new ArrayList<>();
        jdbc.sql("""
                select n.kind, n.given_name, n.family_name, a.code, r.source_id
                from person_name n join person_record r on r.id = n.record_id join agency a on a.id = r.agency_id
                where r.subject_id = :id order by n.kind, n.family_name, n.given_name""")
                .param("id", id)
                .query((rs, n) -> new ValueRow("Name", SubjectDirectory.displayName(rs.getString(2), rs.getString(3))
                        + ("PRIMARY".equals(rs.getString(1)) ? "" : " (" + ("ALIAS".equals(rs.getString(1)) ? "alias" : "known as") + ")"),
                        rs.getString(4), rs.getString(5), ""))
                .list().forEach(out::add);
        jdbc.sql("""
                select r.dob, r.sex, r.ethnicity, r.nationality, r.nhs_number, r.upn, r.pnc_id, r.phones, r.emails,
                  a.code, r.source_id
                from person_record r join agency a on a.id = r.agency_id
                where r.subject_id = :id order by a.code, r.source_id""")
                .param("id", id)
                .query((rs, n) -> {
                    String agency = rs.getString(10);
                    String source = rs.getString(11);
                    List<ValueRow> rows = new ArrayList<>();
                    add(rows, "Date of birth", rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate().toString(), agency, source);
                    add(rows, "Sex", rs.getString(2) == null ? null : Sex.labelOf(rs.getString(2)), agency, source);
                    add(rows, "Ethnicity", rs.getString(3) == null ? null
                            : Ethnicity.labelOf(rs.getString(3)) + " (" + rs.getString(3) + ")", agency, source);
                    add(rows, "Nationality", rs.getString(4), agency, source);
                    add(rows, "NHS number", rs.getString(5), agency, source);
                    add(rows, "Unique pupil number", rs.getString(6), agency, source);
                    add(rows, "PNC id", rs.getString(7), agency, source);
                    for (String p : strings(rs.getArray(8))) {
                        add(rows, "Phone", p, agency, source);
                    }
                    for (String e : strings(rs.getArray(9))) {
                        add(rows, "Email", e, agency, source);
                    }
                    return rows;
                }).list().forEach(out::addAll);
        jdbc.sql("""
                select pa.line, pa.postcode, pa.from_date, pa.to_date, a.code, r.source_id
                from person_address pa join person_record r on r.id = pa.record_id join agency a on a.id = r.agency_id
                where r.subject_id = :id order by pa.to_date nulls first, pa.from_date desc nulls last""")
                .param("id", id)
                .query((rs, n) -> new ValueRow("Address", String.join(", ",
                        Arrays.stream(new String[] {rs.getString(1), rs.getString(2)}).filter(s -> s != null && !s.isBlank()).toList()),
                        rs.getString(5), rs.getString(6), period(date(rs.getDate(3)), date(rs.getDate(4)))))
                .list().forEach(out::add);
        return out;
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "current";
        }
        return (from == null ? "" : "from " + from) + (to == null ? " (current)" : " to " + to);
    }

    private static void add(List<ValueRow> rows, String field, String value, String agency, String source) {
        if (value != null && !value.isBlank()) {
            rows.add(new ValueRow(field, value, agency, source, ""));
        }
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private List<DecisionRow> decisions(UUID id) {
        return jdbc.sql("""
                select d.decided_at, d.kind, ra.code || ' ' || r.source_id, oa.code || ' ' || o.source_id, d.match_weight,
                  d.match_probability, d.model_version, d.decided_by, d.reason, d.explanation::text
                from link_decision d
                join person_record r on r.id = d.record_id join agency ra on ra.id = r.agency_id
                left join person_record o on o.id = d.other_record_id left join agency oa on oa.id = o.agency_id
                where d.record_id in (select id from person_record where subject_id = :id)
                   or d.subject_id = :id
                order by d.decided_at desc, d.kind
                limit 200""")
                .param("id", id)
                .query((rs, n) -> {
                    List<Weight> weights = new ArrayList<>();
                    Double prior = null;
                    String json = rs.getString(10);
                    if (json != null) {
                        JsonNode node = Decisions.JSON.readTree(json);
                        prior = node.path("prior").asDouble();
                        for (JsonNode c : node.path("contributions")) {
                            weights.add(new Weight(c.path("field").asString(), c.path("level").asString(), c.path("weight").asDouble()));
                        }
                    }
                    return new DecisionRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), prior, weights);
                }).list();
    }

    private List<MergeRow> merges(UUID id) {
        return jdbc.sql("""
                select id, survivor_id, absorbed_id, merged_by, merged_at, concerns, override_reason, split_by, split_at,
                  reason
                from subject_merge where survivor_id = :id or absorbed_id = :id order by merged_at desc""")
                .param("id", id)
                .query((rs, n) -> {
                    Timestamp split = rs.getTimestamp(9);
                    return new MergeRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), strings(rs.getArray(6)), rs.getString(7),
                            rs.getString(8), split == null ? null : split.toInstant(), rs.getString(10));
                }).list();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
