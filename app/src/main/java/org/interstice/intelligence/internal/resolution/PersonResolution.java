package org.interstice.intelligence.internal.resolution;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.PoleEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a person named in a report to one POLE person (ADR 0065): candidates come from blocking (persons tied to
 * the same objects, persons with the same family name's sound, the same date of birth, or the same single name when
 * an age is given), each is scored by {@link MentionScore}, and the best decides: join above the join score, a new
 * person with an analyst's review between the scores (or when the best is tied to another identity subject), a new
 * person below. The mention is recorded with its name, age, description and evidence. A mention naming no identity
 * subject but giving a date of birth or an age is first compared with identity's subjects ({@link SubjectCandidates}):
 * a strong match ties him to that subject, a middling one goes to review against the subject's person. ADRs 0065-0067.
 */
@Component
public class PersonResolution {

    private final JdbcClient jdbc;
    private final PoleEntities entities;
    private final ResolutionSettings settings;
    private final MentionScore model;
    private final PersonJoins joins;
    private final HeldNameFrequencies frequencies;
    private final SubjectCandidates subjects;

    PersonResolution(JdbcClient jdbc, PoleEntities entities, ResolutionSettings settings, PersonJoins joins,
                     HeldNameFrequencies frequencies, SubjectCandidates subjects) {
        this.jdbc = jdbc;
        this.joins = joins;
        this.entities = entities;
        this.settings = settings;
        this.frequencies = frequencies;
        this.subjects = subjects;
        this.model = new MentionScore(settings, frequencies.frequencies());
    }

    public enum Decision { SUBJECT, EXISTING, JOINED, NEW, REVIEW }

    /** An object or place the report ties to the person, already resolved to its entity. */
    public record Tie(UUID objectId, EntityType type, String label, String premisesKind) {
    }

    public record Resolved(UUID personId, String name, Decision decision, double score, List<MentionScore.Evidence> evidence) {
    }

    /** A reference to an existing entity: when it is a person, the report's naming of him is recorded under his label. */
    public void recordExisting(UUID entityId, UUID reportId, LocalDate reportedOn, Instant now) {
        jdbc.sql("""
                        insert into person_mention (id, report_id, person_entity_id, name_as_given, reported_on, decision, created_at)
                        select ?, ?, id, label, ?, 'EXISTING', ? from pole_entity where id = ? and entity_type = 'PERSON'
                          and not exists (select 1 from person_mention where report_id = ? and person_entity_id = ?)""")
                .params(UUID.randomUUID(), reportId, reportedOn, Timestamp.from(now), entityId, reportId, entityId).update();
    }

    /** Finds or creates the person a report names, records the mention, and queues a review when unsure. */
    public Resolved resolve(org.interstice.agency.Viewer viewer, EntityRef ref, List<Tie> ties, UUID reportId, LocalDate reportedOn,
                            Set<UUID> exclude, Instant now) {
        PersonName name = PersonName.parse(ref.value());
        String asGiven = ref.value() == null || ref.value().isBlank() ? "Unnamed person" : ref.value().strip();
        frequencies.current();
        MentionScore.Mention mention = new MentionScore.Mention(name, ref.dateOfBirth(), ref.estimatedAge(), reportedOn, ref.subjectId());
        // a mention naming no subject may still be one: identity's subjects by name and date of birth or age
        SubjectCandidates.Found found = subjects.find(viewer, model, mention, asGiven);
        UUID subjectId = found.strong().map(f -> f.subject().id()).orElse(ref.subjectId());
        List<MentionScore.Evidence> subjectEvidence = found.strong().map(SubjectCandidates.Match::evidence).orElse(List.of());
        Double subjectScore = found.strong().map(f -> f.score().total()).orElse(null);
        if (subjectId != null) {
            var known = entities.personForSubject(subjectId);
            if (known.isPresent()) {
                record(reportId, known.get(), asGiven, name, ref, reportedOn, Decision.SUBJECT, subjectScore, subjectEvidence, now);
                return new Resolved(known.get(), asGiven, Decision.SUBJECT, subjectScore == null ? 0 : subjectScore, subjectEvidence);
            }
            mention = new MentionScore.Mention(name, ref.dateOfBirth(), ref.estimatedAge(), reportedOn, subjectId);
        }
        List<Scored> candidates = score(mention, ties, exclude);
        List<MentionScore.Score> scored = candidates.stream().map(Scored::score).toList();
        MentionScore.Score best = scored.isEmpty() ? null : scored.get(0);
        if (best != null && best.total() >= settings.joinScore() && !best.differentSubjects()) {
            if (subjectId != null)
                jdbc.sql("update pole_entity set subject_id = ? where id = ? and subject_id is null").params(subjectId, best.personId()).update();
            // a person known only by a single name takes the first full name he is given as his label
            if (name.full())
                jdbc.sql("update pole_entity set label = ? where id = ? and position(' ' in trim(label)) = 0").params(asGiven, best.personId()).update();
            List<MentionScore.Evidence> evidence = concat(best.evidence(), subjectEvidence);
            record(reportId, best.personId(), asGiven, name, ref, reportedOn, Decision.JOINED, best.total(), evidence, now);
            // the mention ties together persons known apart until now: each it would join on its own is the same man
            UUID person = best.personId();
            for (Scored c : candidates.subList(1, candidates.size())) {
                MentionScore.Score other = apart(mention, candidates.get(0), c);
                if (other.total() < settings.joinScore() || other.differentSubjects()) continue;
                // two men whose ages the reports put apart are not made one by a report naming either
                if (model.agesDisagree(candidates.get(0).candidate().names(), c.candidate().names())) continue;
                var joined = joins.byResolution(viewer, person, other.personId(), reportId, other, now);
                if (joined.isPresent()) person = joined.get();
            }
            if (settings.bridges()) person = bridge(viewer, person, ties, reportId, now);
            return new Resolved(person, asGiven, Decision.JOINED, best.total(), evidence);
        }
        UUID person = entities.newPerson(asGiven, subjectId, now);
        List<MentionScore.Score> doubtful = new ArrayList<>(scored.stream().filter(s -> s.total() >= settings.reviewScore()).limit(3).toList());
        // a middling identity subject is reviewed against his person (created for him when he has none)
        for (SubjectCandidates.Match s : found.doubtful()) {
            UUID candidate = entities.personForSubject(s.subject().id()).orElseGet(() -> entities.newPerson(s.subject().displayName(), s.subject().id(), now));
            if (exclude.contains(candidate) || candidate.equals(person) || doubtful.stream().anyMatch(d -> d.personId().equals(candidate))) continue;
            doubtful.add(new MentionScore.Score(candidate, s.score().total(), s.evidence(), false));
        }
        Decision decision = found.strong().isPresent() ? Decision.SUBJECT : doubtful.isEmpty() ? Decision.NEW : Decision.REVIEW;
        // tied to a subject, the mention's evidence is the subject's; the best person below the join score is only a review
        List<MentionScore.Evidence> evidence = found.strong().isPresent() ? subjectEvidence : best == null ? List.of() : best.evidence();
        Double score = subjectScore != null ? subjectScore : best == null ? null : best.total();
        UUID mentionId = record(reportId, person, asGiven, name, ref, reportedOn, decision, score, evidence, now);
        for (MentionScore.Score s : doubtful) {
            jdbc.sql("""
                            insert into person_review (id, mention_id, person_id, candidate_id, score, evidence, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), mentionId, person, s.personId(), s.total(), lines(s.evidence()), Timestamp.from(now))
                    .update();
        }
        return new Resolved(person, asGiven, decision, score == null ? 0 : score, evidence);
    }

    /**
     * A bridge (ADR 0078): the mention joined a person, who now holds its name and objects as well as his own. The
     * persons tied to a phone, vehicle, account, licence or address he holds (among them any the mention was compared
     * with, or awaiting review against him, that share one) are compared with him as a whole
     * ({@link MentionScore#persons}); each that scores at or above the join score is the same man and is joined by
     * resolution, with the comparison as the reason (audited, reversible). Repeated while a join adds to what he holds.
     * Never two identity subjects, never a pair an analyst kept apart.
     */
    private UUID bridge(org.interstice.agency.Viewer viewer, UUID person, List<Tie> ties, UUID reportId, Instant now) {
        for (int round = 0; round < settings.bridgeRounds(); round++) {
            UUID current = joins.current(person);
            Whole whole = whole(current, ties);
            // only a person tied to an identifying object he holds (not a place many share) can be bridged to him: the
            // persons the mention was compared with, or in review against him, are among them when they share one. A
            // shared place counts as (weak) evidence for those only.
            Map<UUID, List<MentionScore.SharedObject>> shared = sharedObjects(whole.objects().values().stream()
                    .filter(t -> t.type() != EntityType.PREMISES).toList());
            Set<UUID> others = new LinkedHashSet<>(shared.keySet());
            others.remove(current);
            if (others.isEmpty()) break;
            List<Tie> places = whole.objects().values().stream().filter(t -> t.type() == EntityType.PREMISES).toList();
            if (!places.isEmpty()) {
                sharedObjectsAmong(places, others).forEach((o, objects) -> shared.computeIfAbsent(o, k -> new ArrayList<>()).addAll(objects));
            }
            Map<UUID, UUID> subjectOf = new HashMap<>(); // those not since joined into another, and their subjects
            jdbc.sql("select id, subject_id from pole_entity where id = any(cast(? as uuid[])) and joined_into is null").param(array(others))
                    .query(rs -> { subjectOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)); });
            others.retainAll(subjectOf.keySet());
            Map<UUID, List<MentionScore.KnownName>> names = knownNames(others);
            List<MentionScore.Score> bridges = new ArrayList<>();
            for (UUID o : others) {
                MentionScore.Score s = model.persons(whole.names(), whole.subject(), new MentionScore.Candidate(o, subjectOf.get(o),
                        names.getOrDefault(o, List.of()), shared.getOrDefault(o, List.of())));
                // a bridge is a tie: names alone, however many each holds, never join two persons without a mention
                boolean tied = shared.getOrDefault(o, List.of()).stream().anyMatch(x -> x.type() != EntityType.PREMISES);
                // nor does an object alone: a child seen in a man's car, or his phone on her, does not make her him
                // and two men whose ages the reports put apart are not one, whatever they share (ADR 0084)
                if (tied && s.total() >= settings.joinScore() && !s.differentSubjects()
                        && model.namesAgree(whole.names(), names.getOrDefault(o, List.of()))
                        && !model.agesDisagree(whole.names(), names.getOrDefault(o, List.of()))) bridges.add(s);
            }
            if (bridges.isEmpty()) break;
            bridges.sort(Comparator.comparingDouble(MentionScore.Score::total).reversed().thenComparing(s -> s.personId().toString()));
            boolean any = false;
            for (MentionScore.Score s : bridges) {
                var joined = joins.byResolution(viewer, joins.current(person), s.personId(), reportId, s, true, now);
                if (joined.isPresent()) { person = joined.get(); any = true; }
            }
            if (!any) break;
        }
        return joins.current(person);
    }

    /** A person as a whole: every name any report gave him, his subject, and every object tied to him (this report's too). */
    record Whole(List<MentionScore.KnownName> names, UUID subject, Map<UUID, Tie> objects) {
    }

    private Whole whole(UUID person, List<Tie> ties) {
        List<MentionScore.KnownName> names = knownNames(Set.of(person)).getOrDefault(person, List.of());
        UUID subject = jdbc.sql("select subject_id from pole_entity where id = ?").param(person).query(UUID.class).optional().orElse(null);
        Map<UUID, Tie> objects = new LinkedHashMap<>();
        ties.forEach(t -> objects.put(t.objectId(), t));
        jdbc.sql("""
                        select o.id, o.entity_type, o.label, o.premises_kind from pole_link l
                        join pole_entity o on o.id = case when l.from_entity_id = :p then l.to_entity_id else l.from_entity_id end
                        where (l.from_entity_id = :p or l.to_entity_id = :p) and o.kind in ('OBJECT', 'LOCATION')""")
                .param("p", person).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    objects.putIfAbsent(id, new Tie(id, EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return new Whole(names, subject, objects);
    }

    private static List<MentionScore.Evidence> concat(List<MentionScore.Evidence> a, List<MentionScore.Evidence> b) {
        if (b.isEmpty()) return a;
        List<MentionScore.Evidence> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** A candidate as scored, with what he was scored on. */
    record Scored(MentionScore.Score score, MentionScore.Candidate candidate, MentionScore.SharedObject circle) {
    }

    /**
     * A second candidate the mention would join on its own, scored only on what it does not share with the best: an
     * object both already hold (a family's car, a phone passed between them) is explained by either man, so it cannot
     * also say they are one. The mention ties them together only when the rest of its evidence does.
     */
    private MentionScore.Score apart(MentionScore.Mention m, Scored best, Scored other) {
        Set<MentionScore.SharedObject> bests = Set.copyOf(best.candidate().shared());
        List<MentionScore.SharedObject> own = other.candidate().shared().stream().filter(o -> !bests.contains(o)).toList();
        if (own.size() == other.candidate().shared().size()) return other.score();
        MentionScore.SharedObject circle = other.circle() != null && bests.contains(other.circle()) ? null : other.circle();
        MentionScore.Candidate c = other.candidate();
        return model.score(m, new MentionScore.Candidate(c.personId(), c.subjectId(), c.names(), own), circle);
    }

    /** The scored candidates, best first. */
    List<Scored> score(MentionScore.Mention m, List<Tie> ties, Set<UUID> exclude) {
        Map<UUID, Set<UUID>> tiedTo = new HashMap<>();
        Map<UUID, List<MentionScore.SharedObject>> shared = sharedObjects(ties, tiedTo);
        Set<UUID> ids = new LinkedHashSet<>(shared.keySet());
        ids.addAll(nameBlock(m));
        ids.removeAll(exclude);
        if (ids.isEmpty()) return List.of();
        String array = array(ids);
        Map<UUID, List<MentionScore.KnownName>> names = knownNames(ids);
        Map<UUID, MentionScore.SharedObject> circles = settings.circles() && complete(tiedTo) && m.name().present()
                ? circles(ties, tiedTo, p -> model.nameAgrees(m, names.getOrDefault(p, List.of()))) : Map.of();
        List<Scored> out = new ArrayList<>();
        jdbc.sql("select id, subject_id from pole_entity where id = any(cast(? as uuid[])) and entity_type = 'PERSON' and joined_into is null")
                .param(array).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    var c = new MentionScore.Candidate(id, rs.getObject(2, UUID.class), names.getOrDefault(id, List.of()), shared.getOrDefault(id, List.of()));
                    out.add(new Scored(model.score(m, c, circles.get(id)), c, circles.get(id)));
                });
        out.sort(Comparator.comparingDouble((Scored s) -> s.score().total()).reversed().thenComparing(s -> s.score().personId().toString()));
        return out;
    }

    /**
     * ADR 0083: for each identifying object of the report (not premises, which many share), the persons tied to it whose
     * names agree with the mention's at all; when there is exactly one, that object is his circle (the man is sought
     * among the few tied to it, so his name is not marked down for being common in the town). Not in a bridge: a whole
     * man holds many names, and comparing each with each multiplies the chances that one agrees (ADR 0078).
     */
    private static Map<UUID, MentionScore.SharedObject> circles(List<Tie> ties, Map<UUID, Set<UUID>> tiedTo, java.util.function.Predicate<UUID> agrees) {
        Map<UUID, MentionScore.SharedObject> out = new HashMap<>();
        for (Tie t : ties) {
            if (t.type() == EntityType.PREMISES || !tiedTo.containsKey(t.objectId())) continue;
            List<UUID> agreeing = tiedTo.get(t.objectId()).stream().filter(agrees).toList();
            if (agreeing.size() == 1) out.putIfAbsent(agreeing.get(0), new MentionScore.SharedObject(t.type(), t.label(), t.premisesKind()));
        }
        return out;
    }

    /** A block cut at its limit may leave out men tied to an object: no circle is then known to hold one man of a name. */
    private boolean complete(Map<UUID, Set<UUID>> tiedTo) {
        return tiedTo.values().stream().mapToInt(Set::size).sum() < settings.objectBlockLimit() * Math.max(1, tiedTo.size());
    }

    /** Every name each of these persons was given, with what else the report said. */
    private Map<UUID, List<MentionScore.KnownName>> knownNames(Collection<UUID> ids) {
        Map<UUID, List<MentionScore.KnownName>> names = new HashMap<>();
        jdbc.sql("""
                        select person_entity_id, name_as_given, given_name, family_name, date_of_birth, estimated_age, reported_on
                        from person_mention where person_entity_id = any(cast(? as uuid[]))""")
                .param(array(ids)).query(rs -> {
                    String given = rs.getString(3);
                    PersonName n = given != null ? new PersonName(given, rs.getString(4)) : PersonName.parse(rs.getString(2));
                    names.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MentionScore.KnownName(
                            rs.getString(2), n, rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6), rs.getObject(7, LocalDate.class)));
                });
        return names;
    }

    /** Persons tied to any of the objects in earlier reports, with the objects they share with the mention. */
    private Map<UUID, List<MentionScore.SharedObject>> sharedObjects(List<Tie> ties) {
        return sharedObjects(ties, new HashMap<>());
    }

    /** As {@link #sharedObjects(List)}, filling {@code tiedTo} with the persons tied to each object. */
    private Map<UUID, List<MentionScore.SharedObject>> sharedObjects(List<Tie> ties, Map<UUID, Set<UUID>> tiedTo) {
        Map<UUID, List<MentionScore.SharedObject>> out = new LinkedHashMap<>();
        if (ties.isEmpty()) return out;
        Map<UUID, Tie> byId = ties.stream().collect(Collectors.toMap(Tie::objectId, t -> t, (a, b) -> a));
        jdbc.sql("""
                        select distinct l.person, l.object from (
                            select from_entity_id as person, to_entity_id as object from pole_link where to_entity_id = any(cast(:objects as uuid[]))
                            union all
                            select to_entity_id, from_entity_id from pole_link where from_entity_id = any(cast(:objects as uuid[]))) l
                        join pole_entity p on p.id = l.person and p.entity_type = 'PERSON' and p.joined_into is null
                        limit :limit""")
                .param("objects", array(byId.keySet())).param("limit", settings.objectBlockLimit() * byId.size())
                .query(rs -> {
                    Tie t = byId.get(rs.getObject(2, UUID.class));
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new MentionScore.SharedObject(t.type(), t.label(), t.premisesKind()));
                    tiedTo.computeIfAbsent(t.objectId(), k -> new LinkedHashSet<>()).add(rs.getObject(1, UUID.class));
                });
        return out;
    }

    /** The objects among {@code ties} that each of {@code persons} is also tied to. */
    private Map<UUID, List<MentionScore.SharedObject>> sharedObjectsAmong(List<Tie> ties, Collection<UUID> persons) {
        Map<UUID, List<MentionScore.SharedObject>> out = new LinkedHashMap<>();
        Map<UUID, Tie> byId = ties.stream().collect(Collectors.toMap(Tie::objectId, t -> t, (a, b) -> a));
        jdbc.sql("""
                        select distinct l.person, l.object from (
                            select from_entity_id as person, to_entity_id as object from pole_link
                            where to_entity_id = any(cast(:objects as uuid[])) and from_entity_id = any(cast(:persons as uuid[]))
                            union all
                            select to_entity_id, from_entity_id from pole_link
                            where from_entity_id = any(cast(:objects as uuid[])) and to_entity_id = any(cast(:persons as uuid[]))) l""")
                .param("objects", array(byId.keySet())).param("persons", array(persons))
                .query(rs -> {
                    Tie t = byId.get(rs.getObject(2, UUID.class));
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new MentionScore.SharedObject(t.type(), t.label(), t.premisesKind()));
                });
        return out;
    }

    /**
     * Persons whose names could reach the review score without any shared object: the same family name's sound (full
     * names), the same date of birth, or the same single name when an age or date of birth is given.
     */
    private Set<UUID> nameBlock(MentionScore.Mention m) {
        Set<UUID> out = new LinkedHashSet<>();
        PersonName n = m.name();
        if (!n.present()) return out;
        // without a shared object only the name and the age can score: keep persons whose name could reach review
        double needed = settings.reviewScore() - (m.dateOfBirth() != null ? 6 : m.estimatedAge() != null ? 1 : 0);
        if (n.full()) {
            jdbc.sql("select person_entity_id, name_as_given, given_name, family_name from person_mention where family_key = ? and given_name is not null limit ?")
                    .params(n.familyKey(), settings.nameBlockLimit())
                    .query(rs -> { if (nameScore(n, rs) >= needed) out.add(rs.getObject(1, UUID.class)); });
        }
        if (m.dateOfBirth() != null) {
            jdbc.sql("select distinct person_entity_id from person_mention where date_of_birth = ? limit ?")
                    .params(m.dateOfBirth(), settings.nameBlockLimit()).query(UUID.class).list().forEach(out::add);
        }
        if (!n.full() && (m.estimatedAge() != null || m.dateOfBirth() != null)) {
            jdbc.sql("""
                            select person_entity_id, name_as_given, given_name, family_name from person_mention
                            where given_name = ? and (estimated_age is not null or date_of_birth is not null) limit ?""")
                    .params(n.given(), settings.nameBlockLimit())
                    .query(rs -> { if (nameScore(n, rs) >= needed) out.add(rs.getObject(1, UUID.class)); });
        }
        return out;
    }

    private double nameScore(PersonName n, java.sql.ResultSet rs) throws java.sql.SQLException {
        return model.compare(n, new MentionScore.KnownName(rs.getString(2), new PersonName(rs.getString(3), rs.getString(4)), null, null, null)).weight();
    }

    private UUID record(UUID reportId, UUID person, String asGiven, PersonName name, EntityRef ref, LocalDate reportedOn,
                        Decision decision, Double score, List<MentionScore.Evidence> evidence, Instant now) {
        frequencies.named(person, name, decision == Decision.NEW || decision == Decision.REVIEW);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into person_mention (id, report_id, person_entity_id, name_as_given, given_name, family_name, given_key,
                            family_key, date_of_birth, estimated_age, description, reported_on, decision, score, evidence, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reportId, person, asGiven, name.given(), name.family(), name.givenKey(), name.familyKey(),
                        ref.dateOfBirth(), ref.estimatedAge(), ref.detail() == null || ref.detail().isBlank() ? null : ref.detail().strip(),
                        reportedOn, decision.name(), score, evidence.isEmpty() ? null : lines(evidence), Timestamp.from(now))
                .update();
        return id;
    }

    static String lines(List<MentionScore.Evidence> evidence) {
        return evidence.stream().map(MentionScore.Evidence::display).collect(Collectors.joining("\n"));
    }

    /** A PostgreSQL array literal of ids, bound as one parameter and cast to uuid[]. */
    public static String array(Collection<UUID> ids) {
        StringBuilder b = new StringBuilder("{");
        for (UUID id : ids) b.append(b.length() > 1 ? "," : "").append(id);
        return b.append('}').toString();
    }
}
