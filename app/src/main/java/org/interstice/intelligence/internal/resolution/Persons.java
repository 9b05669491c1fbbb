package org.interstice.intelligence.internal.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.agency.Viewer;
import org.interstice.linkage.NameAgreement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading resolved persons: the names and descriptions each was given with the reports that gave them, search by any
 * name, the review queue and the "may be the same man" clusters. Names come only from reports whose content the
 * viewer may see ({@code intelligence_content_visible}, decided in SQL).
 */
@Component
public class Persons {

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A name used for a person, and the reports (references) that used it. */
    public record KnownName(String name, List<String> reports, LocalDate firstUsed) {
    }

    /** A description given in one report: estimated age or date of birth, appearance. */
    public record Description(String report, LocalDate reportedOn, Integer estimatedAge, LocalDate dateOfBirth, String appearance) {
    }

    public record Join(UUID id, UUID survivorId, UUID absorbedId, String absorbedLabel, Instant joinedAt, String reason, Instant undoneAt) {
    }

    public record Person(UUID id, String label, UUID subjectId, UUID joinedInto, List<KnownName> names,
                         List<Description> descriptions, List<String> objects, List<Join> joins) {
    }

    public record Found(UUID id, String label, UUID subjectId, List<String> names) {
    }

    public Optional<Person> person(Viewer viewer, UUID id) {
        var head = jdbc.sql("select id, label, subject_id, joined_into from pole_entity where id = ? and entity_type = 'PERSON'")
                .param(id).query((rs, n) -> new Object[]{rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)}).optional();
        if (head.isEmpty()) return Optional.empty();
        Map<UUID, List<KnownName>> names = knownNames(viewer, List.of(id));
        List<Description> descriptions = jdbc.sql("""
                        select r.reference, m.reported_on, m.estimated_age, m.date_of_birth, m.description
                        from person_mention m join intelligence_report r on r.id = m.report_id
                        where m.person_entity_id = :id and (m.estimated_age is not null or m.date_of_birth is not null or m.description is not null)
                          and intelligence_content_visible(r.id, :agency, :role)
                        order by m.reported_on, r.reference""")
                .param("id", id).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query((rs, n) -> new Description(rs.getString(1), rs.getObject(2, LocalDate.class), (Integer) rs.getObject(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5))).list();
        List<String> objects = jdbc.sql("""
                        select distinct o.entity_type, o.label from pole_link l
                        join pole_entity o on o.id = case when l.from_entity_id = :id then l.to_entity_id else l.from_entity_id end
                        where (l.from_entity_id = :id or l.to_entity_id = :id) and o.kind in ('OBJECT', 'LOCATION')
                          and intelligence_content_visible(l.report_id, :agency, :role)
                        order by 1, 2""")
                .param("id", id).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query((rs, n) -> org.interstice.intelligence.EntityType.valueOf(rs.getString(1)).label() + " " + rs.getString(2)).list();
        List<Join> joins = jdbc.sql("""
                        select j.id, j.survivor_id, j.absorbed_id, a.label, j.joined_at, j.reason, j.undone_at
                        from person_join j join pole_entity a on a.id = j.absorbed_id
                        where j.survivor_id = ? or j.absorbed_id = ? order by j.joined_at desc""")
                .params(id, id).query((rs, n) -> new Join(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant())).list();
        Object[] h = head.get();
        return Optional.of(new Person(id, (String) h[0], (UUID) h[1], (UUID) h[2], names.getOrDefault(id, List.of()), descriptions, objects, joins));
    }

    /** Every name each person was given in reports the viewer may see, most used first. */
    public Map<UUID, List<KnownName>> knownNames(Viewer viewer, Collection<UUID> personIds) {
        Map<UUID, Map<String, List<String[]>>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) return Map.of();
        jdbc.sql("""
                        select m.person_entity_id, m.name_as_given, r.reference, m.reported_on
                        from person_mention m join intelligence_report r on r.id = m.report_id
                        where m.person_entity_id = any(cast(:ids as uuid[])) and intelligence_content_visible(r.id, :agency, :role)
                        order by m.reported_on, r.reference""")
                .param("ids", PersonResolution.array(personIds)).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query(rs -> {
                    byPerson.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new String[]{rs.getString(3), rs.getObject(4, LocalDate.class).toString()});
                });
        Map<UUID, List<KnownName>> out = new HashMap<>();
        byPerson.forEach((person, names) -> out.put(person, names.entrySet().stream()
                .map(e -> new KnownName(e.getKey(), e.getValue().stream().map(x -> x[0]).distinct().toList(), LocalDate.parse(e.getValue().get(0)[1])))
                .sorted((a, b) -> b.reports().size() - a.reports().size())
                .toList()));
        return out;
    }

    /**
     * Persons known by a name: the whole name as given, or a given or family name (the engine's canonical form, also
     * by sound), among names from reports the viewer may see.
     */
    public List<Found> search(Viewer viewer, String query, int limit) {
        String q = NameAgreement.normalise(query);
        if (q == null) return List.of();
        PersonName n = PersonName.parse(query);
        String key = NameAgreement.phoneticKey(q.contains(" ") ? q.substring(q.lastIndexOf(' ') + 1) : q);
        List<UUID> ids = jdbc.sql("""
                        select m.person_entity_id from person_mention m join intelligence_report r on r.id = m.report_id
                        join pole_entity e on e.id = m.person_entity_id and e.joined_into is null
                        where (lower(m.name_as_given) = lower(:raw)
                               or (:full and m.given_name = :given and m.family_name = :family)
                               or (not :full and (m.given_name = :q or m.family_name = :q or m.family_key = :key)))
                          and intelligence_content_visible(r.id, :agency, :role)
                        group by m.person_entity_id order by count(*) desc, m.person_entity_id limit :limit""")
                .param("raw", query.strip()).param("full", n.full()).param("given", n.given()).param("family", n.family())
                .param("q", q).param("key", key).param("agency", viewer.agencyId()).param("role", role(viewer)).param("limit", limit)
                .query(UUID.class).list();
        if (ids.isEmpty()) return List.of();
        Map<UUID, List<KnownName>> names = knownNames(viewer, ids);
        Map<UUID, Found> found = new LinkedHashMap<>();
        jdbc.sql("select id, label, subject_id from pole_entity where id = any(cast(? as uuid[]))").param(PersonResolution.array(ids))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new Found(id, rs.getString(2), rs.getObject(3, UUID.class),
                            names.getOrDefault(id, List.of()).stream().map(KnownName::name).toList()));
                });
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A pending review: the new person as named, the candidate as known, the score and the evidence, side by side. */
    public record Review(UUID id, int version, double score, List<String> evidence, UUID personId, String personLabel,
                         List<KnownName> personNames, List<Description> personDescriptions, UUID candidateId,
                         String candidateLabel, List<KnownName> candidateNames, List<Description> candidateDescriptions) {
    }

    /** Persons that may be one man, not yet joined: the pending reviews between them and a one-line summary. */
    public record Cluster(String summary, List<UUID> persons, List<Review> reviews) {
    }

    public List<Cluster> clusters(Viewer viewer, int limit) {
        List<Object[]> rows = jdbc.sql("""
                        select v.id, v.version, v.score, v.evidence, v.person_id, p.label, v.candidate_id, c.label
                        from person_review v join pole_entity p on p.id = v.person_id join pole_entity c on c.id = v.candidate_id
                        where v.status = 'PENDING' and p.joined_into is null and c.joined_into is null
                        order by v.score desc, v.created_at limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getInt(2), rs.getDouble(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)}).list();
        Set<UUID> people = new LinkedHashSet<>();
        rows.forEach(r -> { people.add((UUID) r[4]); people.add((UUID) r[6]); });
        Map<UUID, List<KnownName>> names = knownNames(viewer, people);
        Map<UUID, List<Description>> descriptions = descriptions(viewer, people);
        Map<UUID, UUID> parent = new HashMap<>();
        for (Object[] r : rows) union(parent, (UUID) r[4], (UUID) r[6]);
        Map<UUID, List<Review>> byRoot = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID p = (UUID) r[4], c = (UUID) r[6];
            byRoot.computeIfAbsent(find(parent, p), k -> new ArrayList<>()).add(new Review((UUID) r[0], (int) r[1], (double) r[2],
                    List.of(((String) r[3]).split("\n")), p, (String) r[5], names.getOrDefault(p, List.of()),
                    descriptions.getOrDefault(p, List.of()), c, (String) r[7], names.getOrDefault(c, List.of()),
                    descriptions.getOrDefault(c, List.of())));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Review> reviews : byRoot.values()) {
            Set<UUID> members = new LinkedHashSet<>();
            reviews.forEach(r -> { members.add(r.candidateId()); members.add(r.personId()); });
            out.add(new Cluster(summary(viewer, members, names), List.copyOf(members), reviews));
        }
        return out;
    }

    /** "3 reports: Taz / Tariq Mahmood / Tariq — same phone +447700900777, same vehicle YX63KHT". */
    String summary(Viewer viewer, Set<UUID> members, Map<UUID, List<KnownName>> names) {
        Set<String> reports = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (UUID m : members) for (KnownName k : names.getOrDefault(m, List.of())) { used.add(k.name()); reports.addAll(k.reports()); }
        List<String> shared = jdbc.sql("""
                        select o.entity_type, o.label from pole_link l
                        join pole_entity o on o.id = case when l.from_entity_id = any(cast(:ids as uuid[])) then l.to_entity_id else l.from_entity_id end
                        where (l.from_entity_id = any(cast(:ids as uuid[])) or l.to_entity_id = any(cast(:ids as uuid[])))
                          and o.kind in ('OBJECT', 'LOCATION') and intelligence_content_visible(l.report_id, :agency, :role)
                        group by o.entity_type, o.label
                        having count(distinct case when l.from_entity_id = any(cast(:ids as uuid[])) then l.from_entity_id else l.to_entity_id end) > 1
                        order by 1, 2""")
                .param("ids", PersonResolution.array(members)).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query((rs, n) -> "same " + org.interstice.intelligence.EntityType.valueOf(rs.getString(1)).label().toLowerCase(java.util.Locale.UK)
                        + " " + rs.getString(2)).list();
        String head = reports.size() + (reports.size() == 1 ? " report: " : " reports: ") + String.join(" / ", used);
        return shared.isEmpty() ? head : head + " \u2014 " + String.join(", ", shared);
    }

    private Map<UUID, List<Description>> descriptions(Viewer viewer, Collection<UUID> ids) {
        Map<UUID, List<Description>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("""
                        select m.person_entity_id, r.reference, m.reported_on, m.estimated_age, m.date_of_birth, m.description
                        from person_mention m join intelligence_report r on r.id = m.report_id
                        where m.person_entity_id = any(cast(:ids as uuid[]))
                          and (m.estimated_age is not null or m.date_of_birth is not null or m.description is not null)
                          and intelligence_content_visible(r.id, :agency, :role) order by m.reported_on""")
                .param("ids", PersonResolution.array(ids)).param("agency", viewer.agencyId()).param("role", role(viewer))
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Description(rs.getString(2),
                            rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4), rs.getObject(5, LocalDate.class), rs.getString(6)));
                });
        return out;
    }

    private static UUID find(Map<UUID, UUID> parent, UUID x) {
        UUID p = parent.getOrDefault(x, x);
        while (!p.equals(parent.getOrDefault(p, p))) p = parent.getOrDefault(p, p);
        parent.put(x, p);
        return p;
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    public long pendingReviews() {
        return jdbc.sql("select count(*) from person_review where status = 'PENDING'").query(Long.class).single();
    }

    static String role(Viewer viewer) {
        return viewer.role() == null ? "" : viewer.role().name();
    }
}
