package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.intelligence.EntityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the POLE network a viewer may see (links from reports whose content is visible to them), optionally for
 * a period of assertion dates, and a subject's neighbourhood.
 */
@Component
public class NetworkQuery {

    private final JdbcClient jdbc;
    private final NetworkSettings settings;

    NetworkQuery(JdbcClient jdbc, NetworkSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The visible network and, per visible report, the suspects it names together. */
    public record View(Network network, List<Set<UUID>> suspectsNamedTogether) {
    }

    public View network(Viewer viewer, LocalDate from, LocalDate to) {
        String agency = viewer.agencyId() == null ? null : viewer.agencyId().toString();
        String role = Reports.role(viewer);
        List<Network.Link> links = jdbc.sql("""
                        select l.from_entity_id, l.to_entity_id, l.relation, l.report_id, l.asserted_on from pole_link l
                        where intelligence_content_visible(l.report_id, cast(:agency as uuid), :role)
                          and l.asserted_on >= coalesce(cast(:from as date), l.asserted_on)
                          and l.asserted_on <= coalesce(cast(:to as date), l.asserted_on)""")
                .param("agency", agency).param("role", role).param("from", from).param("to", to)
                .query((rs, n) -> new Network.Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class))).list();
        Map<UUID, Set<UUID>> suspectsByReport = new HashMap<>();
        Set<UUID> suspects = new HashSet<>(), children = new HashSet<>(), mentioned = new HashSet<>();
        jdbc.sql("""
                        select m.report_id, m.entity_id, m.role from intelligence_mention m join intelligence_report r on r.id = m.report_id
                        where intelligence_content_visible(m.report_id, cast(:agency as uuid), :role)
                          and r.reported_on >= coalesce(cast(:from as date), r.reported_on)
                          and r.reported_on <= coalesce(cast(:to as date), r.reported_on)""")
                .param("agency", agency).param("role", role).param("from", from).param("to", to)
                .query(rs -> {
                    UUID report = rs.getObject(1, UUID.class), entity = rs.getObject(2, UUID.class);
                    mentioned.add(entity);
                    switch (rs.getString(3)) {
                        case "SUSPECT" -> {
                            suspects.add(entity);
                            suspectsByReport.computeIfAbsent(report, k -> new HashSet<>()).add(entity);
                        }
                        case "CHILD_AT_RISK" -> children.add(entity);
                        default -> { }
                    }
                });
        Set<UUID> ids = new HashSet<>(mentioned);
        links.forEach(l -> { ids.add(l.from()); ids.add(l.to()); });
        return new View(new Network(nodes(ids, suspects, children), links, settings.betweenness()), new ArrayList<>(suspectsByReport.values()));
    }

    /** The entities within two links of a person (found by identity subject), with the links among them. */
    public Network neighbourhood(Viewer viewer, UUID subjectId) {
        List<UUID> start = jdbc.sql("select id from pole_entity where subject_id = ?").param(subjectId).query(UUID.class).list();
        if (start.isEmpty()) return new Network(List.of(), List.of());
        String agency = viewer.agencyId() == null ? null : viewer.agencyId().toString();
        Set<UUID> seen = new HashSet<>(start);
        List<Network.Link> links = new ArrayList<>();
        Collection<UUID> frontier = start;
        for (int step = 0; step < 2 && !frontier.isEmpty(); step++) {
            List<Network.Link> found = jdbc.sql("""
                            select l.from_entity_id, l.to_entity_id, l.relation, l.report_id, l.asserted_on from pole_link l
                            where (l.from_entity_id = any(cast(:ids as uuid[])) or l.to_entity_id = any(cast(:ids as uuid[])))
                              and intelligence_content_visible(l.report_id, cast(:agency as uuid), :role)""")
                    .param("ids", EvidenceQuery.uuidArray(frontier)).param("agency", agency).param("role", Reports.role(viewer))
                    .query((rs, n) -> new Network.Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class))).list();
            List<UUID> next = new ArrayList<>();
            for (Network.Link l : found) {
                links.add(l);
                if (seen.add(l.from())) next.add(l.from());
                if (seen.add(l.to())) next.add(l.to());
            }
            frontier = next;
        }
        Set<UUID> suspects = new HashSet<>(), children = new HashSet<>();
        jdbc.sql("select entity_id, role from intelligence_mention where entity_id = any(cast(:ids as uuid[])) and role in ('SUSPECT', 'CHILD_AT_RISK')")
                .param("ids", EvidenceQuery.uuidArray(seen))
                .query(rs -> { (rs.getString(2).equals("SUSPECT") ? suspects : children).add(rs.getObject(1, UUID.class)); });
        return new Network(nodes(seen, suspects, children), links, settings.betweenness());
    }

    private List<Network.Node> nodes(Set<UUID> ids, Set<UUID> suspects, Set<UUID> children) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select id, entity_type, label from pole_entity where id = any(cast(:ids as uuid[])) order by label")
                .param("ids", EvidenceQuery.uuidArray(ids))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Network.Node(id, EntityType.valueOf(rs.getString(2)), rs.getString(3), suspects.contains(id), children.contains(id));
                }).list();
    }
}
