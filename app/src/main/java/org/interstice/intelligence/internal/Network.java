package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.graph.ArrayBetweenness;
import org.interstice.intelligence.internal.graph.ArrayComponents;
import org.interstice.intelligence.internal.graph.ArrayLabelPropagation;
import org.interstice.intelligence.internal.graph.ArrayPageRank;
import org.interstice.intelligence.internal.graph.CompactGraph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * A POLE network: people, objects and places joined by links asserted in intelligence reports. Several reports
 * asserting the same pair make one edge that keeps all of its provenance. The graph is a JGraphT graph held in
 * arrays ({@link CompactGraph}); groups, betweenness, PageRank and communities use our array implementations of
 * JGraphT's algorithm interfaces, shortest paths and GraphML use JGraphT itself (ADR 0017).
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
    private final Map<UUID, Integer> index = new HashMap<>();
    private final Node[] byIndex;
    private final CompactGraph graph;
    /** Every report asserting edge e, by edge number. */
    private final List<List<Link>> provenance = new ArrayList<>();
    private final ArrayBetweenness.Options options;
    private ArrayComponents components;
    private List<Set<UUID>> groups;
    private ArrayBetweenness.Result betweenness;
    private double[] pageRank;
    private int[] communities;

    public Network(Collection<Node> nodes, Collection<Link> links) {
        this(nodes, links, ArrayBetweenness.DEFAULTS);
    }

    /** A network whose betweenness follows {@code options} (exact up to a group size, sampled beyond). */
    public Network(Collection<Node> nodes, Collection<Link> links, ArrayBetweenness.Options options) {
        this.options = options.withNormalise(true);
        Node[] all = new Node[nodes.size()];
        for (Node x : nodes) {
            if (this.nodes.putIfAbsent(x.id(), x) != null) continue;
            index.put(x.id(), this.nodes.size() - 1);
            all[this.nodes.size() - 1] = x;
        }
        int n = this.nodes.size();
        byIndex = java.util.Arrays.copyOf(all, n);
        Map<Long, Integer> edgeOf = new HashMap<>();
        int[] source = new int[links.size()], target = new int[links.size()];
        for (Link l : links) {
            Integer a = index.get(l.from()), b = index.get(l.to());
            if (a == null || b == null || a.equals(b)) continue;
            long key = (long) Math.min(a, b) * n + Math.max(a, b);
            Integer e = edgeOf.get(key);
            if (e == null) {
                e = provenance.size();
                edgeOf.put(key, e);
                source[e] = a;
                target[e] = b;
                provenance.add(new ArrayList<>());
            }
            provenance.get(e).add(l);
        }
        int m = provenance.size();
        graph = CompactGraph.wrap(n, java.util.Arrays.copyOf(source, m), java.util.Arrays.copyOf(target, m));
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Optional<Node> node(UUID id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public int edgeCount() {
        return graph.edgeCount();
    }

    /** Each edge once, as its two ends with every report that asserts it. */
    public List<List<Link>> edges() {
        return provenance;
    }

    private ArrayComponents components() {
        if (components == null) components = new ArrayComponents(graph);
        return components;
    }

    /** Connected groups, largest first (ties by the smallest label), numbered from 1 in this order. */
    public List<Set<UUID>> groups() {
        if (groups == null) {
            ArrayComponents c = components();
            List<Set<UUID>> sets = new ArrayList<>(c.count());
            for (int i = 0; i < c.count(); i++) sets.add(new HashSet<>());
            for (int v = 0; v < byIndex.length; v++) sets.get(c.of(v)).add(byIndex[v].id());
            groups = sets.stream()
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
        return graph.degree(index.get(id));
    }

    /**
     * Brandes betweenness centrality normalised as JGraphT does: exact in groups up to the configured size,
     * estimated from sampled sources beyond, with the standard error of the estimate ({@link ArrayBetweenness}).
     */
    public ArrayBetweenness.Result betweennessResult() {
        if (betweenness == null) betweenness = new ArrayBetweenness(graph, options).result();
        return betweenness;
    }

    public ArrayBetweenness.Options betweennessOptions() {
        return options;
    }

    /** Betweenness of every entity (see {@link #betweennessResult()}). */
    public Map<UUID, Double> betweenness() {
        return byId(betweennessResult().scores());
    }

    /** PageRank of every entity (damping 0.85), summing to 1 over the network. */
    public Map<UUID, Double> pageRank() {
        if (pageRank == null) pageRank = new ArrayPageRank(graph).scores();
        return byId(pageRank);
    }

    /**
     * Communities by seeded label propagation: connected clusters of entities more linked to each other than to the
     * rest, numbered from 1, largest first (ties by the smallest label).
     */
    public Map<UUID, Integer> communities() {
        if (communities == null) {
            int[] raw = new ArrayLabelPropagation(graph, 7).communities();
            int count = 0;
            for (int c : raw) count = Math.max(count, c + 1);
            int[] size = new int[count];
            String[] first = new String[count];
            for (int v = 0; v < raw.length; v++) {
                size[raw[v]]++;
                String label = byIndex[v].label();
                if (first[raw[v]] == null || label.compareTo(first[raw[v]]) < 0) first[raw[v]] = label;
            }
            Integer[] order = new Integer[count];
            for (int c = 0; c < count; c++) order[c] = c;
            java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparing(c -> first[c]));
            int[] number = new int[count];
            for (int i = 0; i < count; i++) number[order[i]] = i + 1;
            communities = new int[raw.length];
            for (int v = 0; v < raw.length; v++) communities[v] = number[raw[v]];
        }
        Map<UUID, Integer> out = new HashMap<>();
        for (int v = 0; v < byIndex.length; v++) out.put(byIndex[v].id(), communities[v]);
        return out;
    }

    private Map<UUID, Double> byId(double[] values) {
        Map<UUID, Double> out = new HashMap<>(values.length * 2);
        for (int v = 0; v < values.length; v++) out.put(byIndex[v].id(), values[v]);
        return out;
    }

    /** Vehicles, phones, licences, accounts and places linked to two or more suspects, most suspects first. */
    public List<Shared> sharedEntities() {
        List<Shared> shared = new ArrayList<>();
        for (int v = 0; v < byIndex.length; v++) {
            Node n = byIndex[v];
            if (!n.type().sharable()) continue;
            List<Node> suspects = new ArrayList<>();
            for (int w : graph.neighboursOf(v)) if (byIndex[w].suspect()) suspects.add(byIndex[w]);
            suspects.sort(Comparator.comparing(Node::label));
            if (suspects.size() >= 2) shared.add(new Shared(n, suspects));
        }
        shared.sort(Comparator.<Shared>comparingInt(s -> s.suspects().size()).reversed().thenComparing(s -> s.entity().label()));
        return shared;
    }

    /** The shortest chain of links between two entities, if they are connected (JGraphT's breadth-first search). */
    public Optional<List<Node>> path(UUID from, UUID to) {
        Integer a = index.get(from), b = index.get(to);
        if (a == null || b == null) return Optional.empty();
        GraphPath<Integer, Integer> p = new BFSShortestPath<>(graph).getPath(a, b);
        return p == null ? Optional.empty() : Optional.of(p.getVertexList().stream().map(v -> byIndex[v]).toList());
    }

    /**
     * Co-offending groups: suspects joined directly by a link or named together as suspects in one report, taken
     * as connected groups of two or more suspects, largest first.
     */
    public List<List<Node>> coOffendingGroups(Collection<Set<UUID>> suspectsNamedTogether) {
        int[] local = new int[byIndex.length];
        List<Node> suspects = new ArrayList<>();
        for (int v = 0; v < byIndex.length; v++) {
            local[v] = byIndex[v].suspect() ? suspects.size() : -1;
            if (byIndex[v].suspect()) suspects.add(byIndex[v]);
        }
        int k = suspects.size();
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = local[graph.source(e)], b = local[graph.target(e)];
            if (a >= 0 && b >= 0) pairs.add((long) Math.min(a, b) * k + Math.max(a, b));
        }
        for (Set<UUID> together : suspectsNamedTogether) {
            List<Integer> present = together.stream().map(index::get).filter(i -> i != null && local[i] >= 0)
                    .map(i -> local[i]).sorted().toList();
            for (int i = 1; i < present.size(); i++) pairs.add((long) present.get(0) * k + present.get(i));
        }
        int[] a = new int[pairs.size()], b = new int[pairs.size()];
        int i = 0;
        for (long pair : pairs) {
            a[i] = (int) (pair / k);
            b[i++] = (int) (pair % k);
        }
        ArrayComponents c = new ArrayComponents(CompactGraph.wrap(k, a, b));
        List<List<Node>> out = new ArrayList<>();
        for (Set<Integer> set : c.sets()) {
            if (set.size() < 2) continue;
            out.add(set.stream().map(suspects::get).sorted(Comparator.comparing(Node::label)).toList());
        }
        out.sort(Comparator.<List<Node>>comparingInt(List::size).reversed().thenComparing(l -> l.get(0).label()));
        return out;
    }

    /** The entities within {@code steps} links of one entity (itself included). */
    public Set<UUID> neighbourhood(UUID centre, int steps) {
        Integer c = index.get(centre);
        if (c == null) return Set.of();
        Set<UUID> seen = new HashSet<>(Set.of(centre));
        boolean[] reached = new boolean[byIndex.length];
        reached[c] = true;
        List<Integer> frontier = List.of(c);
        for (int i = 0; i < steps; i++) {
            List<Integer> next = new ArrayList<>();
            for (int v : frontier) {
                for (int w : graph.neighboursOf(v)) {
                    if (!reached[w]) {
                        reached[w] = true;
                        seen.add(byIndex[w].id());
                        next.add(w);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** The part of the network made of the given entities and the links among them. */
    public Network restrictedTo(Set<UUID> ids) {
        List<Link> links = new ArrayList<>();
        for (List<Link> edge : provenance) {
            Link first = edge.get(0);
            if (ids.contains(first.from()) && ids.contains(first.to())) links.addAll(edge);
        }
        return new Network(nodes.values().stream().filter(n -> ids.contains(n.id())).toList(), links, options);
    }

    /**
     * GraphML for analysts' tools (yEd, Gephi, i2 import): entity type, label, role, group, degree, betweenness,
     * PageRank and community; link relations and reports.
     */
    public String graphml() {
        Map<UUID, Integer> group = groupNumbers();
        double[] between = betweennessResult().scores();
        pageRank();
        communities();
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(v -> byIndex[v].id().toString());
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("role", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("group", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("betweenness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("pagerank", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("community", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("reports", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("firstAsserted", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> {
            Node n = byIndex[v];
            Map<String, org.jgrapht.nio.Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.label()));
            m.put("type", DefaultAttribute.createAttribute(n.type().name()));
            m.put("role", DefaultAttribute.createAttribute(n.suspect() ? "suspect" : n.child() ? "child at risk" : ""));
            m.put("group", DefaultAttribute.createAttribute(group.get(n.id())));
            m.put("degree", DefaultAttribute.createAttribute(graph.degree(v)));
            m.put("betweenness", DefaultAttribute.createAttribute(between[v]));
            m.put("pagerank", DefaultAttribute.createAttribute(pageRank[v]));
            m.put("community", DefaultAttribute.createAttribute(communities[v]));
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
