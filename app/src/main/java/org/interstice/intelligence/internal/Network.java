package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.intelligence.EntityType;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * A POLE network: people, objects and places joined by links asserted in intelligence reports. Several reports
 * asserting the same pair make one edge that keeps all of its provenance. Analysis uses JGraphT algorithms only.
 */
public final class Network {

    /** A POLE entity in the network; suspects and children at risk are marked. */
    public record Node(UUID id, EntityType type, String label, boolean suspect, boolean child) {
    }

    /** One report's assertion that two entities are linked. */
    public record Link(UUID from, UUID to, String relation, UUID reportId, LocalDate assertedOn) {
    }

    /** An object or place shared by two or more suspects. */
    public record Shared(Node entity, List<Node> suspects) {
    }

    private final Map<UUID, Node> nodes = new LinkedHashMap<>();
    private final Graph<UUID, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final Map<DefaultEdge, List<Link>> provenance = new HashMap<>();
    private List<Set<UUID>> groups;
    private Map<UUID, Double> betweenness;

    public Network(Collection<Node> nodes, Collection<Link> links) {
        for (Node n : nodes) {
            this.nodes.put(n.id(), n);
            graph.addVertex(n.id());
        }
        for (Link l : links) {
            if (l.from().equals(l.to()) || !graph.containsVertex(l.from()) || !graph.containsVertex(l.to())) continue;
            DefaultEdge e = graph.getEdge(l.from(), l.to());
            if (e == null) e = graph.addEdge(l.from(), l.to());
            provenance.computeIfAbsent(e, k -> new ArrayList<>()).add(l);
        }
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Optional<Node> node(UUID id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** Each edge once, as its two ends with every report that asserts it. */
    public List<List<Link>> edges() {
        return graph.edgeSet().stream().map(provenance::get).toList();
    }

    /** Connected groups, largest first (ties by the smallest label), numbered from 1 in this order. */
    public List<Set<UUID>> groups() {
        if (groups == null) {
            groups = new ConnectivityInspector<>(graph).connectedSets().stream()
                    .sorted(Comparator.<Set<UUID>>comparingInt(Set::size).reversed()
                            .thenComparing(s -> s.stream().map(id -> nodes.get(id).label()).min(String::compareTo).orElse("")))
                    .toList();
        }
        return groups;
    }

    /** The group number (from 1) of every entity. */
    public Map<UUID, Integer> groupNumbers() {
        Map<UUID, Integer> numbers = new HashMap<>();
        List<Set<UUID>> g = groups();
        for (int i = 0; i < g.size(); i++) for (UUID id : g.get(i)) numbers.put(id, i + 1);
        return numbers;
    }

    public int degree(UUID id) {
        return graph.degreeOf(id);
    }

    /** Exact (Brandes) betweenness centrality, normalised to 0..1. */
    public Map<UUID, Double> betweenness() {
        if (betweenness == null) betweenness = new BetweennessCentrality<>(graph, true).getScores();
        return betweenness;
    }

    /** Vehicles, phones, licences, accounts and places linked to two or more suspects, most suspects first. */
    public List<Shared> sharedEntities() {
        List<Shared> shared = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (!n.type().sharable()) continue;
            List<Node> suspects = Graphs.neighborListOf(graph, n.id()).stream().map(nodes::get).filter(Node::suspect)
                    .sorted(Comparator.comparing(Node::label)).toList();
            if (suspects.size() >= 2) shared.add(new Shared(n, suspects));
        }
        shared.sort(Comparator.<Shared>comparingInt(s -> s.suspects().size()).reversed().thenComparing(s -> s.entity().label()));
        return shared;
    }

    /** The shortest chain of links between two entities, if they are connected. */
    public Optional<List<Node>> path(UUID from, UUID to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) return Optional.empty();
        GraphPath<UUID, DefaultEdge> p = new BFSShortestPath<>(graph).getPath(from, to);
        return p == null ? Optional.empty() : Optional.of(p.getVertexList().stream().map(nodes::get).toList());
    }

    /**
     * Co-offending groups: suspects joined directly by a link or named together as suspects in one report, taken
     * as connected groups of two or more suspects, largest first.
     */
    public List<List<Node>> coOffendingGroups(Collection<Set<UUID>> suspectsNamedTogether) {
        Graph<UUID, DefaultEdge> co = new SimpleGraph<>(DefaultEdge.class);
        nodes.values().stream().filter(Node::suspect).forEach(n -> co.addVertex(n.id()));
        for (DefaultEdge e : graph.edgeSet()) {
            UUID a = graph.getEdgeSource(e), b = graph.getEdgeTarget(e);
            if (co.containsVertex(a) && co.containsVertex(b)) co.addEdge(a, b);
        }
        for (Set<UUID> together : suspectsNamedTogether) {
            List<UUID> present = together.stream().filter(co::containsVertex).sorted().toList();
            for (int i = 1; i < present.size(); i++) co.addEdge(present.get(0), present.get(i));
        }
        return new ConnectivityInspector<>(co).connectedSets().stream().filter(s -> s.size() >= 2)
                .map(s -> s.stream().map(nodes::get).sorted(Comparator.comparing(Node::label)).toList())
                .sorted(Comparator.<List<Node>>comparingInt(List::size).reversed().thenComparing(l -> l.get(0).label()))
                .toList();
    }

    /** The entities within {@code steps} links of one entity (itself included). */
    public Set<UUID> neighbourhood(UUID centre, int steps) {
        if (!graph.containsVertex(centre)) return Set.of();
        Set<UUID> seen = new java.util.HashSet<>(Set.of(centre));
        List<UUID> frontier = List.of(centre);
        for (int i = 0; i < steps; i++) {
            List<UUID> next = new ArrayList<>();
            for (UUID v : frontier) for (UUID w : Graphs.neighborListOf(graph, v)) if (seen.add(w)) next.add(w);
            frontier = next;
        }
        return seen;
    }

    /** The part of the network made of the given entities and the links among them. */
    public Network restrictedTo(Set<UUID> ids) {
        AsSubgraph<UUID, DefaultEdge> sub = new AsSubgraph<>(graph, ids);
        List<Link> links = sub.edgeSet().stream().flatMap(e -> provenance.get(e).stream()).toList();
        return new Network(nodes.values().stream().filter(n -> ids.contains(n.id())).toList(), links);
    }

    /** GraphML for analysts' tools (yEd, Gephi, i2 import): entity type, label, role, group, degree; link relations and reports. */
    public String graphml() {
        Map<UUID, Integer> group = groupNumbers();
        GraphMLExporter<UUID, DefaultEdge> exporter = new GraphMLExporter<>(UUID::toString);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("role", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("group", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("reports", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("firstAsserted", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> {
            Node n = nodes.get(v);
            Map<String, org.jgrapht.nio.Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.label()));
            m.put("type", DefaultAttribute.createAttribute(n.type().name()));
            m.put("role", DefaultAttribute.createAttribute(n.suspect() ? "suspect" : n.child() ? "child at risk" : ""));
            m.put("group", DefaultAttribute.createAttribute(group.get(v)));
            m.put("degree", DefaultAttribute.createAttribute(graph.degreeOf(v)));
            return m;
        });
        exporter.setEdgeAttributeProvider(e -> {
            List<Link> ls = provenance.get(e);
            Map<String, org.jgrapht.nio.Attribute> m = new LinkedHashMap<>();
            m.put("relation", DefaultAttribute.createAttribute(ls.stream().map(Link::relation).distinct().sorted().collect(Collectors.joining(", "))));
            m.put("reports", DefaultAttribute.createAttribute((int) ls.stream().map(Link::reportId).distinct().count()));
            m.put("firstAsserted", DefaultAttribute.createAttribute(ls.stream().map(Link::assertedOn).min(Comparator.naturalOrder()).map(LocalDate::toString).orElse("")));
            return m;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        return out.toString();
    }
}
