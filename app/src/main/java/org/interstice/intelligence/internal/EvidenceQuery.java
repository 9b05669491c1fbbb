package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intelligence's answer to "how often, and by whom, has this suspect been named, and which children are linked?" */
@Component
class EvidenceQuery implements SuspectEvidence {

    private final JdbcClient jdbc;
    private final org.interstice.intelligence.internal.resolution.Persons persons;

    EvidenceQuery(JdbcClient jdbc, org.interstice.intelligence.internal.resolution.Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    public Map<UUID, Evidence> forSuspects(Collection<UUID> personIds) {
        String ids = uuidArray(personIds);
        Map<UUID, List<Naming>> namings = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.entity_id, r.id, r.reported_on,
                               coalesce('person:' || r.source_subject_id, 'agency:' || r.reporting_agency_id) as source_key
                        from intelligence_mention m join intelligence_report r on r.id = m.report_id
                        where m.role = 'SUSPECT' and m.entity_id = any(?::uuid[])
                        order by r.reported_on, r.id""")
                .param(ids)
                .query(rs -> {
                    namings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Naming(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4)));
                });
        Map<UUID, Map<UUID, ChildLink>> children = new HashMap<>();
        jdbc.sql("""
                        select s.entity_id as suspect, c.entity_id as child, e.subject_id, min(r.reported_on) as linked_on
                        from intelligence_mention s
                        join intelligence_mention c on c.report_id = s.report_id and c.role = 'CHILD_AT_RISK'
                        join intelligence_report r on r.id = s.report_id
                        join pole_entity e on e.id = c.entity_id
                        where s.role = 'SUSPECT' and s.entity_id = any(cast(:ids as uuid[])) and c.entity_id <> s.entity_id
                        group by 1, 2, 3
                        union all
                        select l.suspect, l.other, e.subject_id, min(l.asserted_on)
                        from (select from_entity_id as suspect, to_entity_id as other, asserted_on from pole_link
                              union all
                              select to_entity_id, from_entity_id, asserted_on from pole_link) l
                        join pole_entity e on e.id = l.other
                        where l.suspect = any(cast(:ids as uuid[]))
                          and exists (select 1 from intelligence_mention c where c.entity_id = l.other and c.role = 'CHILD_AT_RISK')
                        group by 1, 2, 3""")
                .param("ids", ids)
                .query(rs -> {
                    UUID suspect = rs.getObject(1, UUID.class), child = rs.getObject(2, UUID.class);
                    ChildLink link = new ChildLink(child, rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class));
                    children.computeIfAbsent(suspect, k -> new LinkedHashMap<>())
                            .merge(child, link, (a, b) -> a.linkedOn().isBefore(b.linkedOn()) ? a : b);
                });
        Map<UUID, Evidence> out = new LinkedHashMap<>();
        for (var e : namings.entrySet()) {
            out.put(e.getKey(), new Evidence(e.getKey(), e.getValue(),
                    List.copyOf(children.getOrDefault(e.getKey(), Map.of()).values())));
        }
        return out;
    }

    /** A PostgreSQL array literal of ids, bound as one text parameter and cast to uuid[]. */
    static String uuidArray(Collection<UUID> ids) {
        StringBuilder b = new StringBuilder("{");
        for (UUID id : ids) b.append(b.length() > 1 ? "," : "").append(id);
        return b.append('}').toString();
    }

    @Override
    public List<ReportLine> reportsNaming(org.interstice.agency.Viewer viewer, UUID personId) {
        return jdbc.sql("""
                        select r.id, r.reference, r.reported_on, a.name, r.grading_system, r.source_grade, r.information_grade,
                               r.handling_code, intelligence_readable(r.id, :agency, :role) as full,
                               case when intelligence_readable(r.id, :agency, :role) then left(r.body, 200) else r.sanitised_summary end
                        from intelligence_mention m join intelligence_report r on r.id = m.report_id
                        join agency a on a.id = r.reporting_agency_id
                        where m.entity_id = :person and m.role = 'SUSPECT' and intelligence_content_visible(r.id, :agency, :role)
                        order by r.reported_on desc""")
                .param("agency", viewer.agencyId()).param("role", Reports.role(viewer)).param("person", personId)
                .query((rs, n) -> new ReportLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), Grade.of(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)).display(),
                        rs.getBoolean(9), rs.getString(10)))
                .list();
    }

    @Override
    public List<UUID> suspectsLinkedToChild(UUID childSubjectId) {
        return jdbc.sql("""
                        select s.entity_id from intelligence_mention s
                        join intelligence_mention c on c.report_id = s.report_id and c.role = 'CHILD_AT_RISK'
                        join pole_entity e on e.id = c.entity_id
                        where s.role = 'SUSPECT' and e.subject_id = :child and c.entity_id <> s.entity_id
                        union
                        select l.suspect
                        from (select from_entity_id as suspect, to_entity_id as other from pole_link
                              union all
                              select to_entity_id, from_entity_id from pole_link) l
                        join pole_entity e on e.id = l.other
                        where e.subject_id = :child
                          and exists (select 1 from intelligence_mention m where m.entity_id = l.suspect and m.role = 'SUSPECT')
                          and exists (select 1 from intelligence_mention c where c.entity_id = l.other and c.role = 'CHILD_AT_RISK')""")
                .param("child", childSubjectId).query(UUID.class).list();
    }

    @Override
    public Map<UUID, List<String>> knownNames(org.interstice.agency.Viewer viewer, Collection<UUID> personIds) {
        Map<UUID, List<String>> out = new HashMap<>();
        persons.knownNames(viewer, personIds).forEach((id, names) ->
                out.put(id, names.stream().map(org.interstice.intelligence.internal.resolution.Persons.KnownName::name).toList()));
        return out;
    }

    @Override
    public Map<UUID, List<String>> namesUsed(Collection<UUID> personIds) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (personIds.isEmpty()) return out;
        jdbc.sql("""
                        select m.person_entity_id, m.name_as_given, min(m.reported_on) as first_used
                        from person_mention m
                        join intelligence_mention i on i.report_id = m.report_id and i.entity_id = m.person_entity_id and i.role = 'SUSPECT'
                        where m.person_entity_id = any(cast(? as uuid[]))
                        group by 1, 2 order by 1, 3, 2""")
                .param(uuidArray(personIds))
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    @Override
    public List<UUID> allSuspects() {
        return jdbc.sql("select distinct entity_id from intelligence_mention where role = 'SUSPECT'").query(UUID.class).list();
    }

    @Override
    public Map<UUID, NamedSuspect> namedSuspects(Collection<UUID> personIds) {
        Map<UUID, NamedSuspect> out = new LinkedHashMap<>();
        if (personIds.isEmpty()) return out;
        jdbc.sql("""
                        select e.id, e.label, e.subject_id, min(r.reported_on)
                        from intelligence_mention m join intelligence_report r on r.id = m.report_id
                        join pole_entity e on e.id = m.entity_id and e.entity_type = 'PERSON'
                        where m.role = 'SUSPECT' and m.entity_id = any(cast(? as uuid[]))
                        group by e.id, e.label, e.subject_id""")
                .param(uuidArray(personIds))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new NamedSuspect(new Person(id, rs.getString(2), rs.getObject(3, UUID.class)), rs.getObject(4, LocalDate.class)));
                });
        return out;
    }

    @Override
    public Optional<Person> person(UUID personId) {
        return jdbc.sql("select id, label, subject_id from pole_entity where id = ? and entity_type = 'PERSON'").param(personId)
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .optional();
    }
}
