package org.interstice.intelligence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.Network;
import org.interstice.intelligence.internal.NetworkQuery;
import org.interstice.intelligence.internal.graph.ArrayBetweenness;
import org.interstice.intelligence.web.NetworkView.Estimate;
import org.interstice.intelligence.web.NetworkView.Filter;
import org.interstice.intelligence.web.NetworkView.GroupLine;
import org.interstice.intelligence.web.NetworkView.Row;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The network page: connected groups, centrality, shared vehicles, phones and places, co-offending groups and
 * paths, as an ECharts graph (data from a JSON endpoint) with tables that carry the same information, and GraphML.
 */
@Controller
class NetworkPage {

    private final NetworkQuery query;
    private final Audit audit;

    NetworkPage(NetworkQuery query, Audit audit) {
        this.query = query;
        this.audit = audit;
    }

    private record Analysed(Network whole, Network shown, Map<UUID, Integer> groups, List<Set<UUID>> namedTogether) {
    }

    private Analysed analyse(Viewer viewer, Filter f) {
        NetworkQuery.View view = query.network(viewer, f.from(), f.to());
        Network whole = view.network();
        Map<UUID, Integer> groups = whole.groupNumbers();
        Network shown = whole;
        if (f.group() != null && f.group() >= 1 && f.group() <= whole.groups().size())
            shown = whole.restrictedTo(whole.groups().get(f.group() - 1));
        return new Analysed(whole, shown, groups, view.suspectsNamedTogether());
    }

    @GetMapping("/intelligence/network")
    @PreAuthorize(IntelligencePages.READERS)
    @Transactional
    String page(Viewer viewer, Model model, @RequestParam(required = false) Integer group,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) UUID pathFrom, @RequestParam(required = false) UUID pathTo) {
        Filter filter = new Filter(group, from, to);
        Analysed a = analyse(viewer, filter);
        audit.read(viewer, "intelligence_network", filter.query().isEmpty() ? "all" : filter.query());
        Map<UUID, Double> betweenness = a.shown().betweenness();
        Map<UUID, Integer> communities = a.shown().communities();
        List<Row> rows = new ArrayList<>();
        for (Network.Node n : a.shown().nodes()) {
            rows.add(new Row(n.id(), n.label(), n.type().label(), role(n), a.groups().getOrDefault(n.id(), 0),
                    communities.get(n.id()), a.shown().degree(n.id()), betweenness.getOrDefault(n.id(), 0.0)));
        }
        ArrayBetweenness.Result b = a.shown().betweennessResult();
        model.addAttribute("estimate", b.sampled() ? new Estimate(b.sampledGroups(), b.sampledVertices(),
                a.shown().betweennessOptions().exactLimit(), b.sampledSources(), b.meanStandardError(), b.maxStandardError()) : null);
        rows.sort(Comparator.comparingDouble(Row::betweenness).reversed().thenComparing(Comparator.comparingInt(Row::degree).reversed())
                .thenComparing(Row::label));
        List<GroupLine> groupLines = new ArrayList<>();
        for (int i = 0; i < a.whole().groups().size(); i++) {
            Set<UUID> ids = a.whole().groups().get(i);
            long suspects = ids.stream().map(id -> a.whole().node(id).orElseThrow()).filter(Network.Node::suspect).count();
            long children = ids.stream().map(id -> a.whole().node(id).orElseThrow()).filter(Network.Node::child).count();
            if (ids.size() > 1) groupLines.add(new GroupLine(i + 1, ids.size(), suspects, children));
        }
        Optional<List<Network.Node>> path = pathFrom != null && pathTo != null ? a.shown().path(pathFrom, pathTo) : Optional.empty();
        model.addAttribute("filter", filter);
        model.addAttribute("groups", groupLines);
        model.addAttribute("rows", rows.size() > 300 ? rows.subList(0, 300) : rows);
        model.addAttribute("entityCount", rows.size());
        model.addAttribute("linkCount", a.shown().edgeCount());
        model.addAttribute("shared", a.shown().sharedEntities());
        model.addAttribute("coOffending", a.shown().coOffendingGroups(a.namedTogether()));
        model.addAttribute("pathAsked", pathFrom != null && pathTo != null);
        model.addAttribute("path", path.orElse(List.of()));
        model.addAttribute("pathFrom", pathFrom);
        model.addAttribute("pathTo", pathTo);
        model.addAttribute("choices", a.shown().nodes().stream().sorted(Comparator.comparing(Network.Node::label)).limit(500).toList());
        return "intelligence/network";
    }

    @GetMapping(value = "/intelligence/network/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(IntelligencePages.READERS)
    @ResponseBody
    @Transactional
    Map<String, Object> data(Viewer viewer, @RequestParam(required = false) Integer group,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Filter filter = new Filter(group, from, to);
        Analysed a = analyse(viewer, filter);
        audit.read(viewer, "intelligence_network", filter.query().isEmpty() ? "all" : filter.query());
        List<String> categories = List.of("Suspect", "Child at risk", "Other person", "Vehicle", "Phone", "Licence", "Online account", "Place", "Event");
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Network.Node n : a.shown().nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id().toString());
            m.put("name", n.label());
            m.put("category", categories.indexOf(category(n)));
            m.put("value", a.shown().degree(n.id()));
            m.put("group", a.groups().getOrDefault(n.id(), 0));
            nodes.add(m);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (List<Network.Link> edge : a.shown().edges()) {
            Network.Link first = edge.get(0);
            links.add(Map.of("source", first.from().toString(), "target", first.to().toString(),
                    "relation", first.relation().toLowerCase().replace('_', ' '), "reports", edge.stream().map(Network.Link::reportId).distinct().count()));
        }
        return Map.of("categories", categories, "nodes", nodes, "links", links);
    }

    @GetMapping(value = "/intelligence/network.graphml")
    @PreAuthorize(IntelligencePages.READERS)
    @Transactional
    ResponseEntity<String> graphml(Viewer viewer, @RequestParam(required = false) Integer group,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Filter filter = new Filter(group, from, to);
        Analysed a = analyse(viewer, filter);
        audit.change(viewer, "EXPORT_GRAPHML", "intelligence_network", filter.query().isEmpty() ? "all" : filter.query());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interstice-network.graphml\"")
                .contentType(MediaType.parseMediaType("application/graphml+xml"))
                .body(a.shown().graphml());
    }

    static String role(Network.Node n) {
        return n.suspect() ? "Suspect" : n.child() ? "Child at risk" : "";
    }

    static String category(Network.Node n) {
        if (n.type() == EntityType.PERSON) return n.suspect() ? "Suspect" : n.child() ? "Child at risk" : "Other person";
        return switch (n.type()) {
            case VEHICLE -> "Vehicle";
            case PHONE -> "Phone";
            case TAXI_LICENCE -> "Licence";
            case ONLINE_ACCOUNT -> "Online account";
            case ADDRESS, PREMISES -> "Place";
            default -> "Event";
        };
    }
}
