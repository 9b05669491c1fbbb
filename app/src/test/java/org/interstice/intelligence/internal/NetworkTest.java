package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.Network.Link;
import org.interstice.intelligence.internal.Network.Node;
import org.junit.jupiter.api.Test;

class NetworkTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);
    final Node ali = suspect("Ali"), ben = suspect("Ben"), cal = suspect("Cal"), dan = suspect("Dan");
    final Node taxi = node(EntityType.VEHICLE, "AB12CDE"), phone = node(EntityType.PHONE, "+447700900123");
    final Node takeaway = node(EntityType.PREMISES, "Kebab Express"), child = new Node(UUID.randomUUID(), EntityType.PERSON, "Child A", false, true);
    final Node eve = suspect("Eve"), flat = node(EntityType.ADDRESS, "Flat 2");
    final UUID r1 = UUID.randomUUID(), r2 = UUID.randomUUID();

    static Node suspect(String name) {
        return new Node(UUID.randomUUID(), EntityType.PERSON, name, true, false);
    }

    static Node node(EntityType t, String label) {
        return new Node(UUID.randomUUID(), t, label, false, false);
    }

    Link link(Node a, Node b, UUID report) {
        return new Link(a.id(), b.id(), "LINKED", report, D);
    }

    Network network() {
        // group 1: Ali and Ben share a taxi; Ben and Cal share a phone; Cal uses the takeaway, which a child visits
        // group 2: Eve at a flat. Dan alone.
        return new Network(List.of(ali, ben, cal, dan, taxi, phone, takeaway, child, eve, flat), List.of(
                link(ali, taxi, r1), link(ben, taxi, r1), link(ben, taxi, r2), link(ben, phone, r2), link(cal, phone, r2),
                link(cal, takeaway, r2), link(child, takeaway, r1), link(eve, flat, r1), link(dan, dan, r1)));
    }

    @Test
    void links_asserted_by_several_reports_are_one_edge_with_all_provenance() {
        Network n = network();
        assertThat(n.edgeCount()).isEqualTo(7);
        assertThat(n.edges()).anySatisfy(ls -> assertThat(ls).hasSize(2));
    }

    @Test
    void connected_groups_are_numbered_largest_first() {
        Network n = network();
        assertThat(n.groups()).hasSize(3);
        assertThat(n.groups().get(0)).containsExactlyInAnyOrder(ali.id(), ben.id(), cal.id(), taxi.id(), phone.id(), takeaway.id(), child.id());
        assertThat(n.groupNumbers().get(eve.id())).isEqualTo(2);
        assertThat(n.groupNumbers().get(dan.id())).isEqualTo(3);
    }

    @Test
    void degree_and_betweenness_find_the_broker() {
        Network n = network();
        assertThat(n.degree(ben.id())).isEqualTo(2);
        var b = n.betweenness();
        assertThat(b.get(phone.id())).isGreaterThan(b.get(ali.id()));
        assertThat(b.get(ali.id())).isZero();
        assertThat(b.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey())
                .isIn(phone.id(), ben.id(), cal.id());
    }

    @Test
    void vehicles_and_phones_shared_by_suspects_are_found() {
        var shared = network().sharedEntities();
        assertThat(shared).extracting(s -> s.entity().label()).containsExactly("+447700900123", "AB12CDE");
        assertThat(shared.get(1).suspects()).extracting(Node::label).containsExactly("Ali", "Ben");
    }

    @Test
    void a_path_runs_from_a_suspect_to_a_child_through_shared_objects_and_places() {
        var path = network().path(ali.id(), child.id()).orElseThrow();
        assertThat(path).extracting(Node::label).containsExactly("Ali", "AB12CDE", "Ben", "+447700900123", "Cal", "Kebab Express", "Child A");
        assertThat(network().path(ali.id(), eve.id())).isEmpty();
    }

    @Test
    void suspects_named_together_form_co_offending_groups() {
        var groups = network().coOffendingGroups(List.of(Set.of(ali.id(), ben.id()), Set.of(eve.id(), dan.id())));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(Node::label).containsExactly("Ali", "Ben");
        assertThat(groups.get(1)).extracting(Node::label).containsExactly("Dan", "Eve");
    }

    @Test
    void the_two_step_neighbourhood_and_a_restricted_view() {
        Network n = network();
        assertThat(n.neighbourhood(ali.id(), 2)).containsExactlyInAnyOrder(ali.id(), taxi.id(), ben.id());
        Network sub = n.restrictedTo(n.neighbourhood(ben.id(), 1));
        assertThat(sub.nodes()).extracting(Node::label).containsExactlyInAnyOrder("Ben", "AB12CDE", "+447700900123");
        assertThat(sub.edgeCount()).isEqualTo(2);
    }

    @Test
    void graphml_export_carries_labels_types_and_provenance_counts() {
        String xml = network().graphml();
        assertThat(xml).contains("<graphml", "Kebab Express", "PREMISES", "suspect", "attr.name=\"reports\"");
        assertThat(xml.split("<edge ", -1)).hasSize(8);
    }

    @Test
    void a_large_random_network_is_analysed_without_loss() {
        var rnd = new java.util.Random(7);
        List<Node> ns = new ArrayList<>();
        for (int i = 0; i < 300; i++) ns.add(new Node(UUID.randomUUID(), i % 3 == 0 ? EntityType.PERSON : EntityType.PHONE, "n" + i, i % 3 == 0, false));
        List<Link> ls = new ArrayList<>();
        for (int i = 0; i < 600; i++) ls.add(new Link(ns.get(rnd.nextInt(300)).id(), ns.get(rnd.nextInt(300)).id(), "X", r1, D));
        Network n = new Network(ns, ls);
        assertThat(n.groups().stream().mapToInt(Set::size).sum()).isEqualTo(300);
    }

    @Test
    void above_the_exact_limit_betweenness_is_estimated_and_the_page_states_its_error() {
        var rnd = new java.util.Random(8);
        List<Node> ns = new ArrayList<>();
        for (int i = 0; i < 400; i++) ns.add(new Node(UUID.randomUUID(), EntityType.PERSON, "p" + i, i % 4 == 0, false));
        List<Link> ls = new ArrayList<>();
        for (int i = 0; i < 1600; i++) ls.add(new Link(ns.get(rnd.nextInt(400)).id(), ns.get(rnd.nextInt(400)).id(), "X", r1, D));
        Network exact = new Network(ns, ls);
        Network estimated = new Network(ns, ls, org.interstice.intelligence.internal.graph.ArrayBetweenness.DEFAULTS.withLimit(100, 80));
        assertThat(exact.betweennessResult().sampled()).isFalse();
        var r = estimated.betweennessResult();
        assertThat(r.sampled()).isTrue();
        assertThat(r.sampledSources()).isEqualTo(80);
        // the estimate is close to the exact scores, as its stated error says
        double meanError = 0;
        for (Node n : ns) meanError += Math.abs(estimated.betweenness().get(n.id()) - exact.betweenness().get(n.id()));
        meanError /= ns.size();
        assertThat(meanError).isBetween(0.3 * r.meanStandardError(), 3 * r.meanStandardError());
        var note = new org.interstice.intelligence.web.NetworkView.Estimate(r.sampledGroups(), r.sampledVertices(), 100,
                r.sampledSources(), r.meanStandardError(), r.maxStandardError()).text();
        assertThat(note).startsWith("Betweenness in the one group larger than 100 entities is estimated")
                .contains("from 80 of the 4", "Typical error ±");
        // communities and PageRank cover every entity; restricted views keep the same settings
        assertThat(estimated.communities()).hasSize(estimated.nodes().size());
        assertThat(estimated.pageRank().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(estimated.restrictedTo(estimated.groups().get(0)).betweennessOptions().exactLimit()).isEqualTo(100);
    }

    @Test
    void graphml_carries_betweenness_pagerank_and_community() {
        String xml = network().graphml();
        assertThat(xml).contains("attr.name=\"betweenness\"", "attr.name=\"pagerank\"", "attr.name=\"community\"");
    }
}
