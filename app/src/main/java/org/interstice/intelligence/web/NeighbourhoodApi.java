package org.interstice.intelligence.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.internal.Network;
import org.interstice.intelligence.internal.NetworkQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A subject's two-step POLE neighbourhood (people, vehicles, phones and places within two links). */
@RestController
class NeighbourhoodApi {

    private final NetworkQuery query;
    private final Audit audit;

    NeighbourhoodApi(NetworkQuery query, Audit audit) {
        this.query = query;
        this.audit = audit;
    }

    record Node(UUID id, String type, String label, boolean suspect, boolean childAtRisk, int links) {
    }

    record Edge(UUID from, UUID to, List<String> relations, long reports) {
    }

    @GetMapping("/api/v1/intelligence/subjects/{subjectId}/neighbourhood")
    @PreAuthorize("hasRole('API') and hasAuthority('SCOPE_partnership')")
    @Transactional
    Map<String, Object> neighbourhood(@PathVariable UUID subjectId, Viewer viewer) {
        audit.read(viewer, "subject_neighbourhood", subjectId);
        Network n = query.neighbourhood(viewer, subjectId);
        List<Node> nodes = n.nodes().stream().map(x -> new Node(x.id(), x.type().name(), x.label(), x.suspect(), x.child(), n.degree(x.id()))).toList();
        List<Edge> edges = n.edges().stream().map(ls -> new Edge(ls.get(0).from(), ls.get(0).to(),
                ls.stream().map(Network.Link::relation).distinct().sorted().toList(),
                ls.stream().map(Network.Link::reportId).distinct().count())).toList();
        return Map.of("subjectId", subjectId, "nodes", nodes, "links", edges);
    }
}
