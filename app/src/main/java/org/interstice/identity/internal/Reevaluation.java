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
import org.interstice.audit.Audit;
import org.interstice.identity.SubjectRecordsMoved;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.SubjectsResolved;
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
 *   <li>records of one subject that the engine put in different clusters, linked by the engine rather than a person,
 *       are moved apart (ADR 0073): audited, shown on both subjects' pages, and undone by a person if wrong;</li>
 *   <li>a cluster holding records of two or more subjects merges them under the unsafe-merge guard (audited, split
 *       like any merge, "merged on ... because ..." on the subject page); a merge the guard stops, or that a person
 *       split before, becomes a review task instead (unless a person already said "not the same person");</li>
 *   <li>a record waiting for review whose cluster holds a subject joins it (its review tasks are withdrawn).</li>
 * </ul>
 * A person's decisions are never undone: records a person confirmed or put back stay, and a subject a person merged
 * is left whole.
 */
@Component
class Reevaluation {

    private static final Logger log = LoggerFactory.getLogger(Reevaluation.class);

    /** Who made the decisions and moves of a re-evaluation. */
    static final String ENGINE = "linkage re-evaluation";

    /** What a re-evaluation changed. */
    record Result(int merged, int linkedFromReview, int proposedForReview, int movedOut) {
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
    private final Audit audit;

    Reevaluation(LinkIndex index, LinkSettings settings, Merges merges, Linking linking, Decisions decisions,
                 ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, AgencyRecords records, Audit audit) {
        this.records = records;
        this.audit = audit;
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
     * transaction; when a subject's records fall into separate clusters, the part that stays is the one with the most
     * records held before them.
     */
    Result run(Viewer viewer, String occasion, java.util.Collection<UUID> arrived) {
        LinkageModel model = index.model();
        if (model == null) {
            return new Result(0, 0, 0, 0);
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
        int moved = align(viewer, clusters, members, linksOf, model, occasion, arrived, made);
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
                        why == null ? null : Decisions.json(why.explanation()), ENGINE,
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
        log.info("Re-evaluated {} records {} in {} ms: {} records moved out, {} merges, {} linked from review, {} proposed for review",
                clusters.clusterOf().size(), occasion, (System.nanoTime() - started) / 1_000_000, moved, merged, linked, proposed);
        return new Result(merged, linked, proposed, moved);
    }

    /**
     * Separates the records of a subject that the engine's clusters put in different clusters, where the links were the
     * engine's own (ADR 0073). The part that stays is the one a person decided (a confirmed review, an undone move, a
     * split, a record entered in Interstice itself; a subject a person merged, or put moved records back into, is left
     * whole); else the one with the most records held before this import; else the largest; else the one holding the
     * record the subject was created for. Each other part moves to the subject holding most of its cluster's other
     * records when the unsafe-merge guard allows, else to a subject of its own (the merges below may then join or
     * propose it). Every move is audited, shown on both subjects' pages and can be undone by a person.
     */
    private int align(Viewer viewer, Dedupe.Result clusters, Map<Integer, List<String>> members,
                      Map<Integer, List<Dedupe.Link>> linksOf, LinkageModel model, String occasion,
                      java.util.Collection<UUID> arrived, List<Decision> made) {
        Map<UUID, Map<Integer, List<String>>> parts = new HashMap<>();
        clusters.clusterOf().forEach((id, c) -> {
            UUID s = index.subjectOf(id);
            if (s != null) {
                parts.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(c, k -> new ArrayList<>()).add(id);
            }
        });
        parts.values().removeIf(p -> p.size() < 2);
        if (parts.isEmpty()) {
            return 0;
        }
        List<UUID> split = new ArrayList<>(parts.keySet());
        split.sort(Comparator.comparing(UUID::toString));
        java.util.Set<UUID> heldSubjects = new java.util.HashSet<>(jdbc.sql("""
                select survivor_id from subject_merge where survivor_id = any(:s) and reason is null and split_at is null
                union select from_subject from record_move where from_subject = any(:s) and undone_at is not null""")
                .param("s", split.toArray(UUID[]::new)).query(UUID.class).list());
        List<UUID> recordIds = new ArrayList<>();
        parts.values().forEach(p -> p.values().forEach(ids -> ids.forEach(id -> recordIds.add(UUID.fromString(id)))));
        java.util.Set<String> heldRecords = new java.util.HashSet<>();
        jdbc.sql("""
                select distinct record_id from link_decision
                where record_id = any(:ids) and kind in ('CONFIRMED', 'SPLIT') and decided_by <> :engine""")
                .param("ids", recordIds.toArray(UUID[]::new)).param("engine", ENGINE)
                .query(UUID.class).list().forEach(r -> heldRecords.add(r.toString()));
        // a record a practitioner entered in Interstice (a contact, a signal, a person) is what a case or a signal
        // stands on: its part stays, and records the engine no longer links with it leave
        jdbc.sql("""
                select id from person_record where id = any(:ids) and (source_system = 'interstice' or source_system like 'interstice-%')""")
                .param("ids", recordIds.toArray(UUID[]::new))
                .query(UUID.class).list().forEach(r -> heldRecords.add(r.toString()));
        // the record each subject was created for: a tie between parts keeps the part holding it
        java.util.Set<String> founding = new java.util.HashSet<>();
        jdbc.sql("select record_id from link_decision where kind = 'NEW_SUBJECT' and subject_id = any(:s)")
                .param("s", split.toArray(UUID[]::new)).query(UUID.class).list().forEach(r -> founding.add(r.toString()));
        java.util.Set<String> fresh = new java.util.HashSet<>();
        arrived.forEach(r -> fresh.add(r.toString()));
        int moved = 0;
        List<UUID> unseen = new ArrayList<>();
        for (UUID subject : split) {
            if (heldSubjects.contains(subject)) {
                continue;
            }
            List<List<String>> groups = new ArrayList<>(parts.get(subject).values());
            boolean pinned = groups.stream().anyMatch(g -> g.stream().anyMatch(heldRecords::contains));
            List<String> home = pinned ? null : groups.stream().max(Comparator
                            .comparingLong((List<String> g) -> g.stream().filter(id -> !fresh.contains(id)).count())
                            .thenComparingInt(List::size)
                            .thenComparing(g -> g.stream().anyMatch(founding::contains))
                            .thenComparing(g -> g.stream().min(Comparator.naturalOrder()).orElseThrow(), Comparator.reverseOrder()))
                    .orElseThrow();
            for (List<String> group : groups) {
                if (group == home || group.stream().anyMatch(heldRecords::contains)) {
                    continue;
                }
                moveOut(viewer, subject, group, clusters, members, linksOf, model, occasion, made,
                        group.stream().allMatch(fresh::contains) ? unseen : null);
                moved += group.size();
            }
        }
        if (!unseen.isEmpty()) {
            List<SubjectResolved> resolved = new ArrayList<>();
            jdbc.sql("select id, agency_id from person_record where id = any(:ids)").param("ids", unseen.toArray(UUID[]::new))
                    .query((rs, n) -> resolved.add(new SubjectResolved(index.subjectOf(rs.getString(1)),
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))).list();
            events.publishEvent(new SubjectsResolved(resolved));
        }
        return moved;
    }

    /**
     * Moves one group of a subject's records to its cluster's subject, or to a subject of its own. {@code unseen}: not
     * null when every record of the group arrived in this transaction, so nobody has seen its link: the correction is
     * then part of the import's own linking (its decisions are recorded, and the records are collected in
     * {@code unseen} for one {@link SubjectsResolved}), not a move a person would need to see or undo.
     */
    private void moveOut(Viewer viewer, UUID from, List<String> group, Dedupe.Result clusters,
                         Map<Integer, List<String>> members, Map<Integer, List<Dedupe.Link>> linksOf, LinkageModel model,
                         String occasion, List<Decision> made, List<UUID> unseen) {
        int c = clusters.clusterOf().get(group.get(0));
        List<UUID> moving = group.stream().map(UUID::fromString).toList();
        java.util.Set<UUID> notToLink = new java.util.HashSet<>();
        jdbc.sql("""
                select case when record_a = any(:ids) then record_b else record_a end
                from not_same_person where record_a = any(:ids) or record_b = any(:ids)""")
                .param("ids", moving.toArray(UUID[]::new)).query(UUID.class).list()
                .forEach(other -> {
                    UUID s = index.subjectOf(other.toString());
                    if (s != null) {
                        notToLink.add(s);
                    }
                });
        Map<UUID, Integer> counts = new HashMap<>();
        for (String o : members.get(c)) {
            UUID s = index.subjectOf(o);
            if (s != null && !s.equals(from) && !notToLink.contains(s)) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        UUID target = counts.entrySet().stream()
                .max(Map.Entry.<UUID, Integer>comparingByValue().thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        if (target != null && !merges.concernsForRecords(moving, target).isEmpty()) {
            target = null;
        }
        boolean own = target == null;
        if (own) {
            target = UUID.randomUUID();
            records.insertSubjects(List.of(target), clock.instant());
        }
        List<Dedupe.Link> links = linksOf.getOrDefault(c, List.of());
        String because = "re-evaluated " + occasion + ": the engine does not link "
                + (unseen != null ? (group.size() == 1 ? "this record" : "these " + group.size() + " records")
                        : group.size() == 1 ? "record " + describe(group.get(0))
                        : group.size() + " records (" + group.stream().limit(5).map(this::describe)
                                .collect(java.util.stream.Collectors.joining(", ")) + (group.size() > 5 ? ", ..." : "") + ")")
                + " with the other records of this person"
                + (own ? "" : "; it links them with the records of subject " + target);
        for (String id : group) {
            UUID recordId = UUID.fromString(id);
            linking.setSubject(recordId, target);
            Dedupe.Link l = links.stream().anyMatch(x -> x.a().equals(id) || x.b().equals(id)) ? strongestTouching(links, id) : null;
            String other = l == null ? null : l.a().equals(id) ? l.b() : l.a();
            made.add(new Decision(recordId, target, other == null ? null : UUID.fromString(other),
                    own ? Kind.NEW_SUBJECT : Kind.AUTO_LINKED, l == null ? null : l.matchWeight(),
                    l == null ? null : l.matchProbability(), model.version(), null, ENGINE,
                    "moved from subject " + from + ": " + because));
        }
        if (unseen != null) {
            unseen.addAll(moving);
            return;
        }
        UUID moveId = UUID.randomUUID();
        jdbc.sql("""
                insert into record_move (id, from_subject, to_subject, records, moved_by, moved_at, reason, evidence)
                values (:id, :from, :to, :records, :by, :at, :reason, cast(:evidence as jsonb))""")
                .param("id", moveId).param("from", from).param("to", target).param("records", moving.toArray(UUID[]::new))
                .param("by", ENGINE).param("at", Timestamp.from(clock.instant())).param("reason", because)
                .param("evidence", moveEvidence(links, group, model)).update();
        audit.change(viewer, "SUBJECT_RECORDS_MOVED_BY_REEVALUATION", "subject", from);
        events.publishEvent(new SubjectRecordsMoved(from, target, moving, moveId));
    }

    /** The links (within the cluster) that hold the moved records together and to the rest of their cluster. */
    private String moveEvidence(List<Dedupe.Link> links, List<String> group, LinkageModel model) {
        ObjectNode root = Decisions.JSON.createObjectNode();
        root.put("model_version", model.version());
        ArrayNode pairs = root.putArray("links");
        java.util.Set<String> ids = new java.util.HashSet<>(group);
        links.stream().filter(l -> ids.contains(l.a()) || ids.contains(l.b()))
                .sorted(Comparator.comparingDouble(Dedupe.Link::matchWeight).reversed()).limit(10)
                .forEach(l -> pairs.addObject().put("record_a", l.a()).put("record_b", l.b())
                        .put("match_weight", l.matchWeight()).put("match_probability", l.matchProbability()));
        return Decisions.JSON.writeValueAsString(root);
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
