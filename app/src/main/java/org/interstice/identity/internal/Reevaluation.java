package org.interstice.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.internal.Decisions.Decision;
import org.interstice.identity.internal.Decisions.Kind;
import org.interstice.identity.internal.Decisions.Task;
import org.interstice.linkage.Comparison;
import org.interstice.linkage.Dedupe;
import org.interstice.linkage.LinkageModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-evaluates subjects after an import or a retrained model (ADR 0050). Every record held is clustered the way the
 * engine's batch dedupe clusters (same model, threshold, blocking and identifier guard: {@link Dedupe}); then the
 * subjects are brought in line with the clusters without undoing any person's decision:
 * <ul>
 *   <li>a cluster holding records of two or more subjects merges them under the unsafe-merge guard (audited, split
 *       like any merge, "merged on ... because ..." on the subject page); a merge the guard stops, or that a person
 *       split before, becomes a review task instead (unless a person already said "not the same person");</li>
 *   <li>a record waiting for review whose cluster holds a subject joins it (its review tasks are withdrawn).</li>
 * </ul>
 * Subjects are never split automatically: only a person splits.
 */
@Component
class Reevaluation {

    private static final Logger log = LoggerFactory.getLogger(Reevaluation.class);

    /** What a re-evaluation changed. */
    record Result(int merged, int linkedFromReview, int proposedForReview) {
    }

    private final LinkIndex index;
    private final LinkSettings settings;
    private final Merges merges;
    private final Linking linking;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AgencyRecords records;

    Reevaluation(LinkIndex index, LinkSettings settings, Merges merges, Linking linking, Decisions decisions,
                 ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, AgencyRecords records) {
        this.records = records;
        this.index = index;
        this.settings = settings;
        this.merges = merges;
        this.linking = linking;
        this.decisions = decisions;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * In the caller's transaction (the import's, or the retrain's). {@code arrived}: records created in this
     * transaction; nobody has seen their links yet, so one the clusters do not support (its subject's other records
     * are in other clusters, e.g. because the identifier guard keeps them apart) is moved to its cluster's subject.
     */
    Result run(Viewer viewer, String occasion, java.util.Collection<UUID> arrived) {
        LinkageModel model = index.model();
        if (model == null) {
            return new Result(0, 0, 0);
        }
        long started = System.nanoTime();
        Dedupe.Result clusters = Dedupe.cluster(model, index.snapshot(), settings.upperProbability(), 2);
        Map<Integer, List<String>> members = new HashMap<>();
        clusters.clusterOf().forEach((id, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        Map<Integer, List<Dedupe.Link>> linksOf = new HashMap<>();
        for (Dedupe.Link l : clusters.links()) {
            int c = clusters.clusterOf().get(l.a());
            if (c == clusters.clusterOf().get(l.b())) {
                linksOf.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
            }
        }
        int merged = 0;
        int linked = 0;
        int proposed = 0;
        List<Decision> made = new ArrayList<>();
        if (!arrived.isEmpty()) {
            linked += settleArrivals(arrived, clusters, members, linksOf, model, occasion, made);
        }
        List<Task> tasks = new ArrayList<>();
        List<Integer> order = new ArrayList<>(members.keySet());
        order.sort(Comparator.naturalOrder());
        for (int c : order) {
            List<String> ids = members.get(c);
            if (ids.size() < 2) {
                continue;
            }
            Map<UUID, Integer> counts = new HashMap<>();
            List<String> pending = new ArrayList<>();
            for (String id : ids) {
                UUID s = index.subjectOf(id);
                if (s == null) {
                    pending.add(id);
                } else {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            List<UUID> subjects = new ArrayList<>(counts.keySet());
            subjects.sort(Comparator.comparing((UUID s) -> -counts.get(s)).thenComparing(UUID::toString));
            UUID survivor = subjects.get(0);
            List<Dedupe.Link> links = linksOf.getOrDefault(c, List.of());
            for (UUID absorbed : subjects.subList(1, subjects.size())) {
                Dedupe.Link strongest = strongestBetween(links, absorbed);
                if (strongest == null) {
                    continue;
                }
                List<String> concerns = merges.mergeByReevaluation(viewer, survivor, absorbed,
                        because(strongest, occasion, model), evidence(links, absorbed, model));
                if (concerns.isEmpty()) {
                    merged++;
                    continue;
                }
                log.info("Re-evaluation did not merge subject {} into {}: {}", absorbed, survivor, concerns);
                if (concerns.stream().noneMatch(Reevaluation::aPersonDecided) && propose(strongest, model, tasks)) {
                    proposed++;
                }
            }
            for (String id : pending) {
                UUID recordId = UUID.fromString(id);
                UUID target = index.subjectOf(strongestFor(links, id, survivor));
                if (target == null || linking.subjectsNotToLink(recordId).contains(target)) {
                    continue;
                }
                Dedupe.Link l = strongestTouching(links, id);
                linking.setSubject(recordId, target);
                Comparison why = index.compare(id, l.a().equals(id) ? l.b() : l.a());
                made.add(new Decision(recordId, target, UUID.fromString(l.a().equals(id) ? l.b() : l.a()), Kind.AUTO_LINKED,
                        l.matchWeight(), l.matchProbability(), model.version(),
                        why == null ? null : Decisions.json(why.explanation()), "linkage re-evaluation",
                        "re-evaluated " + occasion + ": the engine now links this record with the subject's records"));
                jdbc.sql("""
                        update review_task set status = 'WITHDRAWN', decided_by = 'linkage re-evaluation', decided_at = :at,
                          reason = 'linked by re-evaluation', version = version + 1
                        where record_id = :id and status in ('OPEN', 'DEFERRED')""")
                        .param("at", Timestamp.from(clock.instant())).param("id", recordId).update();
                events.publishEvent(new SubjectResolved(target, recordId, agencyOf(recordId)));
                linked++;
            }
        }
        decisions.record(made);
        decisions.open(tasks);
        // tasks whose two records now share a subject are moot
        jdbc.sql("""
                update review_task t set status = 'WITHDRAWN', decided_by = 'linkage re-evaluation', decided_at = :at,
                  reason = 'the records were linked by re-evaluation', version = t.version + 1
                from person_record r, person_record c
                where t.status in ('OPEN', 'DEFERRED') and r.id = t.record_id and c.id = t.candidate_record_id
                  and r.subject_id is not null and r.subject_id = c.subject_id""")
                .param("at", Timestamp.from(clock.instant())).update();
        log.info("Re-evaluated {} records {} in {} ms: {} merges, {} linked from review, {} proposed for review",
                clusters.clusterOf().size(), occasion, (System.nanoTime() - started) / 1_000_000, merged, linked, proposed);
        return new Result(merged, linked, proposed);
    }

    /** Moves records that arrived in this transaction to the subject of their cluster when their link is unsupported. */
    private int settleArrivals(java.util.Collection<UUID> arrived, Dedupe.Result clusters, Map<Integer, List<String>> members,
                               Map<Integer, List<Dedupe.Link>> linksOf, LinkageModel model, String occasion, List<Decision> made) {
        Map<UUID, Integer> sizes = new HashMap<>();
        for (String id : clusters.clusterOf().keySet()) {
            UUID s = index.subjectOf(id);
            if (s != null) {
                sizes.merge(s, 1, Integer::sum);
            }
        }
        int moved = 0;
        for (UUID recordId : arrived) {
            String id = recordId.toString();
            UUID subject = index.subjectOf(id);
            Integer c = clusters.clusterOf().get(id);
            if (subject == null || c == null || sizes.getOrDefault(subject, 0) < 2) {
                continue;
            }
            List<String> cluster = members.get(c);
            if (cluster.stream().anyMatch(o -> !o.equals(id) && subject.equals(index.subjectOf(o)))) {
                continue;
            }
            Map<UUID, Integer> counts = new HashMap<>();
            for (String o : cluster) {
                UUID s = index.subjectOf(o);
                if (s != null && !o.equals(id)) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            UUID target = counts.entrySet().stream()
                    .max(Map.Entry.<UUID, Integer>comparingByValue().thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
            if (target != null && linking.subjectsNotToLink(recordId).contains(target)) {
                continue;
            }
            boolean fresh = target == null;
            if (fresh) {
                target = UUID.randomUUID();
                records.insertSubjects(List.of(target), clock.instant());
            }
            linking.setSubject(recordId, target);
            sizes.merge(subject, -1, Integer::sum);
            sizes.merge(target, 1, Integer::sum);
            Dedupe.Link l = cluster.size() > 1 ? strongestTouching(linksOf.getOrDefault(c, List.of()), id) : null;
            made.add(new Decision(recordId, target, l == null ? null : UUID.fromString(l.a().equals(id) ? l.b() : l.a()),
                    fresh ? Kind.NEW_SUBJECT : Kind.AUTO_LINKED, l == null ? null : l.matchWeight(),
                    l == null ? null : l.matchProbability(), model.version(), null, "linkage re-evaluation",
                    "re-evaluated " + occasion + ": the engine's clusters do not put this record with subject " + subject));
            events.publishEvent(new SubjectResolved(target, recordId, agencyOf(recordId)));
            moved++;
        }
        return moved;
    }

    private UUID agencyOf(UUID recordId) {
        return jdbc.sql("select agency_id from person_record where id = :id").param("id", recordId).query(UUID.class).single();
    }

    /** The strongest link between a record of {@code subject} and a record outside it. */
    private Dedupe.Link strongestBetween(List<Dedupe.Link> links, UUID subject) {
        Dedupe.Link best = null;
        for (Dedupe.Link l : links) {
            boolean a = subject.equals(index.subjectOf(l.a()));
            boolean b = subject.equals(index.subjectOf(l.b()));
            if (a != b && (best == null || l.matchWeight() > best.matchWeight())) {
                best = l;
            }
        }
        return best;
    }

    private static Dedupe.Link strongestTouching(List<Dedupe.Link> links, String id) {
        return links.stream().filter(l -> l.a().equals(id) || l.b().equals(id))
                .max(Comparator.comparingDouble(Dedupe.Link::matchWeight)).orElseThrow();
    }

    /** The record of a subject that a pending record is most strongly linked with (else any record of the survivor). */
    private String strongestFor(List<Dedupe.Link> links, String id, UUID survivor) {
        String best = null;
        double weight = Double.NEGATIVE_INFINITY;
        for (Dedupe.Link l : links) {
            String other = l.a().equals(id) ? l.b() : l.b().equals(id) ? l.a() : null;
            if (other != null && index.subjectOf(other) != null && l.matchWeight() > weight) {
                best = other;
                weight = l.matchWeight();
            }
        }
        if (best != null) {
            return best;
        }
        for (Dedupe.Link l : links) {
            if (survivor.equals(index.subjectOf(l.a()))) {
                return l.a();
            }
            if (survivor.equals(index.subjectOf(l.b()))) {
                return l.b();
            }
        }
        return id;
    }

    private String because(Dedupe.Link l, String occasion, LinkageModel model) {
        return String.format(Locale.ROOT, "%s: record %s matches record %s with weight %.1f (probability %.3f, model %s)",
                occasion, describe(l.a()), describe(l.b()), l.matchWeight(), l.matchProbability(), model.version());
    }

    private String describe(String recordId) {
        return jdbc.sql("select a.code || ' ' || r.source_id from person_record r join agency a on a.id = r.agency_id where r.id = :id")
                .param("id", UUID.fromString(recordId)).query(String.class).optional().orElse(recordId);
    }

    private String evidence(List<Dedupe.Link> links, UUID absorbed, LinkageModel model) {
        ObjectNode root = Decisions.JSON.createObjectNode();
        root.put("model_version", model.version());
        ArrayNode pairs = root.putArray("links");
        links.stream().sorted(Comparator.comparingDouble(Dedupe.Link::matchWeight).reversed()).forEach(l -> {
            boolean a = absorbed.equals(index.subjectOf(l.a()));
            boolean b = absorbed.equals(index.subjectOf(l.b()));
            if (a != b && pairs.size() < 10) {
                pairs.addObject().put("record_a", l.a()).put("record_b", l.b()).put("match_weight", l.matchWeight())
                        .put("match_probability", l.matchProbability());
            }
        });
        return Decisions.JSON.writeValueAsString(root);
    }

    /** A concern that records a person's decision (not the same person, or a split): not asked again. */
    private static boolean aPersonDecided(String concern) {
        return concern.startsWith("Recorded as not the same person") || concern.startsWith("A merge of these subjects was split");
    }

    /** A review task for a merge the guard stopped, unless a person already decided the pair. */
    private boolean propose(Dedupe.Link l, LinkageModel model, List<Task> tasks) {
        UUID a = UUID.fromString(l.a());
        UUID b = UUID.fromString(l.b());
        int decided = jdbc.sql("""
                select count(*) from not_same_person where (record_a = :a and record_b = :b) or (record_a = :b and record_b = :a)""")
                .param("a", a).param("b", b).query(Integer.class).single();
        if (decided > 0) {
            return false;
        }
        Comparison why = index.compare(l.a(), l.b());
        tasks.add(new Task(UUID.randomUUID(), a, b, l.matchWeight(), l.matchProbability(), model.version(),
                why == null ? "{}" : Decisions.json(why.explanation()), why != null && why.strongContraryEvidence()));
        return true;
    }
}
