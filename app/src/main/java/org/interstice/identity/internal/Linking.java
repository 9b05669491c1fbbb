package org.interstice.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.PersonIntake;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.SubjectsResolved;
import org.interstice.identity.internal.Decisions.Decision;
import org.interstice.identity.internal.Decisions.Kind;
import org.interstice.identity.internal.Decisions.Task;
import org.interstice.linkage.Candidate;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Links arriving agency records to subjects with the linkage engine (see {@link PersonIntake}). */
@Component
class Linking implements PersonIntake {

    private static final Logger log = LoggerFactory.getLogger(Linking.class);
    static final int MAX_REVIEW_CANDIDATES = 3;

    private final LinkIndex index;
    private final AgencyRecords records;
    private final Decisions decisions;
    private final Models models;
    private final LinkSettings settings;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ModelTraining modelTraining;
    private final ObjectProvider<Reevaluation> reevaluation;

    Linking(LinkIndex index, AgencyRecords records, Decisions decisions, Models models, LinkSettings settings, Audit audit,
            ApplicationEventPublisher events, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            ModelTraining modelTraining, ObjectProvider<Reevaluation> reevaluation) {
        this.modelTraining = modelTraining;
        this.reevaluation = reevaluation;
        this.index = index;
        this.records = records;
        this.decisions = decisions;
        this.models = models;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        // joins the caller's transaction (an import's), or runs in its own
        this.transaction = new TransactionTemplate(transactions.getTransactionManager());
        this.clock = clock;
    }

    /**
     * Trains the first model, and retrains whenever the region's records have grown by the configured share since
     * the model in use was trained (the model learns from all the region's records, not only the first extract's),
     * with the pairs reviewers decided. The import's re-evaluation ({@link #settle}) then brings every subject in
     * line with the new model. The switch to the new model is part of the caller's transaction (an import's): it
     * commits with the records it was trained for, or is undone with them, in the database and in memory.
     */
    @Override
    public void prepare(Viewer viewer, List<IncomingPerson> incoming) {
        index.awaitReady();
        LinkageModel current = index.model();
        Set<String> held = incoming.isEmpty() ? Set.of()
                : records.held(incoming.get(0).agencyId(), incoming.stream().map(IncomingPerson::sourceId).toList()).keySet();
        List<Record> training = new ArrayList<>(index.snapshot());
        for (IncomingPerson p : incoming) {
            if (!held.contains(p.sourceId())) {
                training.add(LinkageRecords.of(UUID.randomUUID(), p));
            }
        }
        if (training.size() < settings.minimumTrainingRecords()) {
            if (current == null) {
                log.info("Only {} records: no linkage model trained yet", training.size());
            }
            return;
        }
        if (current != null && training.size() < index.trainedOn() * (1 + settings.retrainGrowth())) {
            return;
        }
        LinkageModel model = modelTraining.train(training);
        String by = viewer.username() + (current == null ? " (first import)" : " (records grew to " + training.size() + ")");
        transaction.executeWithoutResult(status -> {
            models.activate(model, by, training.size());
            audit.change(viewer, current == null ? "LINKAGE_MODEL_TRAINED" : "LINKAGE_MODEL_RETRAINED", "linkage_model",
                    model.version());
            index.install(model, training.size());
        });
        log.info("Trained linkage model {} on {} records", model.version(), training.size());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Settled settle(Viewer viewer, String occasion, java.util.Collection<UUID> arrived) {
        Reevaluation.Result r = reevaluation.getObject().run(viewer, occasion, arrived);
        return new Settled(r.merged(), r.linkedFromReview(), r.proposedForReview());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> accept(Viewer viewer, List<IncomingPerson> batch) {
        index.awaitReady();
        if (batch.isEmpty()) {
            return List.of();
        }
        UUID agencyId = batch.get(0).agencyId();
        Map<String, IncomingPerson> bySource = new LinkedHashMap<>();
        batch.forEach(p -> bySource.put(p.sourceId(), p));
        Map<String, AgencyRecords.Held> held = records.held(agencyId, bySource.keySet());
        LocalDate today = LocalDate.now(clock);
        String actor = viewer.username();
        LinkageModel model = index.model();
        String version = model == null ? null : model.version();

        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<UUID> newSubjects = new ArrayList<>();
        List<AgencyRecords.Row> inserts = new ArrayList<>();
        List<Decision> decided = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<SubjectResolved> resolved = new ArrayList<>();
        List<Runnable> updates = new ArrayList<>();
        long started = System.nanoTime();
        long scoring = 0;

        for (IncomingPerson p : batch) {
            AgencyRecords.Held h = held.get(p.sourceId());
            if (h != null && h.contentHash().equals(p.contentHash())) {
                outcomes.add(new Outcome(p.sourceId(), h.id(), h.subjectId(), Change.UNCHANGED, false));
                continue;
            }
            UUID id = h == null ? UUID.randomUUID() : h.id();
            Record rec = LinkageRecords.of(id, p);
            Set<UUID> excluded = h == null ? Set.of() : subjectsNotToLink(id);
            long before = System.nanoTime();
            List<Candidate> candidates = linkedCandidates(rec, excluded, h == null ? null : h.subjectId());
            scoring += System.nanoTime() - before;
            Candidate best = candidates.isEmpty() ? null : candidates.get(0);
            UUID subject;
            boolean review = false;
            if (h != null && h.subjectId() != null) {
                // a changed record stays where a person or the engine put it; a strong match elsewhere is shown to a person
                subject = h.subjectId();
                if (best != null && best.matchWeight() >= settings.lower()) {
                    review = true;
                    tasks.add(task(id, best, version));
                }
                decided.add(decision(id, subject, best, Kind.RESCORED, version, actor,
                        review ? "changed record now resembles a record of another subject" : "changed record re-scored"));
            } else {
                LinkThresholds.Outcome outcome = best == null ? LinkThresholds.Outcome.NEW_SUBJECT
                        : settings.thresholds().decide(best.matchWeight(), best.strongContraryEvidence());
                switch (outcome) {
                    case AUTO_LINK -> {
                        subject = index.subjectOf(best.recordId());
                        decided.add(decision(id, subject, best, Kind.AUTO_LINKED, version, actor, null));
                    }
                    case REVIEW -> {
                        subject = null;
                        review = true;
                        candidates.stream().filter(c -> c.matchWeight() >= settings.lower()).limit(MAX_REVIEW_CANDIDATES)
                                .forEach(c -> tasks.add(task(id, c, version)));
                        decided.add(decision(id, null, best, Kind.SENT_TO_REVIEW, version, actor,
                                best.strongContraryEvidence() ? "strong contrary evidence (e.g. different NHS numbers)" : null));
                    }
                    default -> {
                        subject = UUID.randomUUID();
                        newSubjects.add(subject);
                        decided.add(decision(id, subject, best, Kind.NEW_SUBJECT, version, actor,
                                model == null ? "no linkage model trained yet" : null));
                    }
                }
                if (subject != null) {
                    resolved.add(new SubjectResolved(subject, id, agencyId));
                }
            }
            index.put(rec, subject);
            AgencyRecords.Row row = new AgencyRecords.Row(id, p, subject);
            if (h == null) {
                inserts.add(row);
            } else {
                UUID linkedTo = subject;
                updates.add(() -> {
                    records.update(row, h, today, clock.instant());
                    if (h.subjectId() == null && linkedTo != null) {
                        setSubject(id, linkedTo);
                    }
                });
            }
            outcomes.add(new Outcome(p.sourceId(), id, subject, h == null ? Change.CREATED : Change.UPDATED, review));
        }
        long linked = System.nanoTime();
        records.insertSubjects(newSubjects, clock.instant());
        records.insert(inserts, clock.instant(), today);
        updates.forEach(Runnable::run); // after the subjects they may point to exist
        decisions.record(decided);
        decisions.open(tasks);
        long written = System.nanoTime();
        if (!resolved.isEmpty()) {
            events.publishEvent(new SubjectsResolved(resolved));
        }
        if (log.isDebugEnabled()) {
            log.debug("{} records: scoring {} ms, indexing {} ms, writing {} ms, events {} ms", batch.size(),
                    scoring / 1_000_000, (linked - started - scoring) / 1_000_000, (written - linked) / 1_000_000,
                    (System.nanoTime() - written) / 1_000_000);
        }
        return outcomes;
    }

    @Override
    public Map<UUID, UUID> subjectsOf(java.util.Collection<UUID> recordIds) {
        Map<UUID, UUID> out = new java.util.HashMap<>();
        if (recordIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, subject_id from person_record where id = any(:ids) and subject_id is not null")
                .param("ids", recordIds.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        return out;
    }

    void setSubject(UUID recordId, UUID subject) {
        jdbc.sql("""
                update person_record set subject_id = :subject, link_state = case when cast(:subject as uuid) is null
                  then 'AWAITING_REVIEW' else 'LINKED' end, version = version + 1 where id = :id""")
                .param("subject", subject).param("id", recordId).update();
        index.assign(recordId.toString(), subject);
    }

    /** Candidates that belong to a subject (records awaiting review are not linked to), best first. */
    private List<Candidate> linkedCandidates(Record rec, Set<UUID> excludedSubjects, UUID ownSubject) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : index.candidates(rec)) {
            if (c.recordId().equals(rec.id())) {
                continue;
            }
            UUID s = index.subjectOf(c.recordId());
            if (s == null || excludedSubjects.contains(s) || s.equals(ownSubject)) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** Subjects holding a record someone decided is not the same person as this one. */
    Set<UUID> subjectsNotToLink(UUID recordId) {
        return subjectsNotToLink(List.of(recordId));
    }

    /** Subjects holding a record someone decided is not the same person as one of these. */
    Set<UUID> subjectsNotToLink(java.util.Collection<UUID> recordIds) {
        Set<UUID> out = new HashSet<>();
        jdbc.sql("""
                select case when record_a = any(:ids) then record_b else record_a end
                from not_same_person where record_a = any(:ids) or record_b = any(:ids)""")
                .param("ids", recordIds.toArray(UUID[]::new)).query(UUID.class).list()
                .forEach(other -> {
                    UUID s = index.subjectOf(other.toString());
                    if (s != null) {
                        out.add(s);
                    }
                });
        return out;
    }

    private static Decision decision(UUID recordId, UUID subject, Candidate best, Kind kind, String version,
                                     String actor, String reason) {
        return new Decision(recordId, subject, best == null ? null : UUID.fromString(best.recordId()), kind,
                best == null ? null : best.matchWeight(), best == null ? null : best.matchProbability(), version,
                best == null ? null : Decisions.json(best.explanation()), actor, reason);
    }

    private static Task task(UUID recordId, Candidate c, String version) {
        return new Task(UUID.randomUUID(), recordId, UUID.fromString(c.recordId()), c.matchWeight(),
                c.matchProbability(), version, Decisions.json(c.explanation()), c.strongContraryEvidence());
    }
}
