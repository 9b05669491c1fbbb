package org.interstice.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.SubjectSplit;
import org.interstice.identity.SubjectsMerged;
import org.interstice.identity.internal.Decisions.Decision;
import org.interstice.identity.internal.Decisions.Kind;
import org.interstice.identity.internal.MergeCheck.RecordFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two subjects into one, and splits a merge again, restoring exactly the records each subject had before.
 * Both are audited; an unsafe merge is refused unless a reason for overriding is given.
 */
@Component
public class Merges {

    private final JdbcClient jdbc;
    private final LinkIndex index;
    private final Decisions decisions;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Merges(JdbcClient jdbc, LinkIndex index, Decisions decisions, Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    List<RecordFacts> facts(UUID subjectId) {
        return jdbc.sql("""
                select r.id, a.code, r.source_id, r.nhs_number from person_record r join agency a on a.id = r.agency_id
                where r.subject_id = :id""")
                .param("id", subjectId)
                .query((rs, n) -> new RecordFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<MergeCheck.NotSamePerson> notSame(List<RecordFacts> left, List<RecordFacts> right) {
        List<UUID> ids = new ArrayList<>();
        left.forEach(f -> ids.add(f.recordId()));
        right.forEach(f -> ids.add(f.recordId()));
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select record_a, record_b, decided_by from not_same_person
                where record_a = any(:ids) and record_b = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new MergeCheck.NotSamePerson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    /** What would stop moving these records into {@code subject} (the unsafe-merge guard, record by record). */
    List<String> concernsForRecords(java.util.Collection<UUID> records, UUID subject) {
        List<RecordFacts> left = jdbc.sql("""
                select r.id, a.code, r.source_id, r.nhs_number from person_record r join agency a on a.id = r.agency_id
                where r.id = any(:ids)""")
                .param("ids", records.toArray(UUID[]::new))
                .query((rs, n) -> new RecordFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<RecordFacts> right = facts(subject);
        return MergeCheck.concerns(right, left, notSame(right, left));
    }

    /** What would stop merging {@code absorbed} into {@code survivor}. */
    public List<String> concerns(UUID survivor, UUID absorbed) {
        List<RecordFacts> left = facts(survivor);
        List<RecordFacts> right = facts(absorbed);
        return MergeCheck.concerns(left, right, notSame(left, right));
    }

    private Optional<String> status(UUID subjectId) {
        return jdbc.sql("select status from subject where id = :id for update").param("id", subjectId).query(String.class).optional();
    }

    @Transactional
    public Refusal merge(Viewer viewer, UUID survivor, UUID absorbed, String overrideReason) {
        if (survivor.equals(absorbed)) {
            return Refusal.no("A subject cannot be merged with itself.");
        }
        if (!status(survivor).map("ACTIVE"::equals).orElse(false) || !status(absorbed).map("ACTIVE"::equals).orElse(false)) {
            return Refusal.no("Both subjects must exist and not already be merged.");
        }
        List<String> concerns = concerns(survivor, absorbed);
        MergeCheck.Verdict verdict = MergeCheck.verdict(concerns, overrideReason);
        if (verdict instanceof MergeCheck.Blocked b) {
            audit.record(viewer, "SUBJECT_MERGE_BLOCKED", "subject", survivor, String.join("; ", b.concerns()));
            return Refusal.blocked(b.concerns());
        }
        String reason = verdict instanceof MergeCheck.Overridden o ? o.reason() : null;
        move(viewer, survivor, absorbed, concerns, reason, null, null);
        return Refusal.ok(survivor);
    }

    /**
     * A merge that the re-evaluation of subjects proposes (a record joins both, or a retrained model scores them as
     * one): made only when nothing stands in the way (no concern of the unsafe-merge guard, and no earlier merge of
     * the two that a person split). Audited, with the reason and evidence shown on the subject page, and split like
     * any other merge. Returns what stopped it (empty when merged). In the caller's transaction.
     */
    List<String> mergeByReevaluation(Viewer viewer, UUID survivor, UUID absorbed, String because, String evidenceJson) {
        if (survivor.equals(absorbed) || !status(survivor).map("ACTIVE"::equals).orElse(false)
                || !status(absorbed).map("ACTIVE"::equals).orElse(false)) {
            return List.of("Both subjects must exist and not already be merged.");
        }
        List<String> concerns = new ArrayList<>(concerns(survivor, absorbed));
        jdbc.sql("""
                select split_by from subject_merge where split_at is not null
                  and ((survivor_id = :a and absorbed_id = :b) or (survivor_id = :b and absorbed_id = :a)) limit 1""")
                .param("a", survivor).param("b", absorbed).query(String.class).optional()
                .ifPresent(by -> concerns.add("A merge of these subjects was split by " + by));
        if (!concerns.isEmpty()) {
            return concerns;
        }
        move(viewer, survivor, absorbed, List.of(), null, because, evidenceJson);
        return List.of();
    }

    private void move(Viewer viewer, UUID survivor, UUID absorbed, List<String> concerns, String reason, String because,
                      String evidenceJson) {
        List<UUID> moved = jdbc.sql("select id from person_record where subject_id = :id").param("id", absorbed).query(UUID.class).list();
        jdbc.sql("update person_record set subject_id = :survivor, version = version + 1 where subject_id = :absorbed")
                .param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("update subject set status = 'MERGED', merged_into = :survivor, version = version + 1 where id = :absorbed")
                .param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("update subject set version = version + 1 where id = :survivor").param("survivor", survivor).update();
        UUID mergeId = UUID.randomUUID();
        jdbc.sql("""
                insert into subject_merge (id, survivor_id, absorbed_id, moved_records, concerns, override_reason, merged_by,
                  merged_at, reason, evidence)
                values (:id, :survivor, :absorbed, :moved, :concerns, :reason, :by, :at, :because, cast(:evidence as jsonb))""")
                .param("id", mergeId).param("survivor", survivor).param("absorbed", absorbed)
                .param("moved", moved.toArray(UUID[]::new)).param("concerns", concerns.toArray(String[]::new))
                .param("reason", reason).param("by", viewer.username()).param("at", Timestamp.from(clock.instant()))
                .param("because", because).param("evidence", evidenceJson)
                .update();
        List<Decision> made = new ArrayList<>();
        for (UUID r : moved) {
            index.assign(r.toString(), survivor);
            made.add(new Decision(r, survivor, null, Kind.MERGED, null, null, null, null, viewer.username(),
                    because != null ? "merged subject " + absorbed + " because " + because
                            : reason == null ? "merged subject " + absorbed : "merged subject " + absorbed + " overriding: " + reason));
        }
        decisions.record(made);
        audit.change(viewer, because != null ? "SUBJECTS_MERGED_BY_REEVALUATION"
                : reason == null ? "SUBJECTS_MERGED" : "SUBJECTS_MERGED_OVERRIDING_CONCERNS", "subject", survivor);
        audit.change(viewer, "SUBJECT_MERGED_INTO_" + survivor, "subject", absorbed);
        events.publishEvent(new SubjectsMerged(survivor, absorbed, mergeId));
    }

    @Transactional
    public Refusal split(Viewer viewer, UUID mergeId, String reason) {
        record M(UUID survivor, UUID absorbed, UUID[] moved, Timestamp splitAt) {
        }
        Optional<M> found = jdbc.sql("""
                select survivor_id, absorbed_id, moved_records, split_at from subject_merge where id = :id for update""")
                .param("id", mergeId)
                .query((rs, n) -> new M(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        (UUID[]) rs.getArray(3).getArray(), rs.getTimestamp(4))).optional();
        if (found.isEmpty()) {
            return Refusal.no("There is no such merge.");
        }
        M m = found.get();
        if (m.splitAt() != null) {
            return Refusal.no("This merge has already been split.");
        }
        if (!status(m.survivor()).map("ACTIVE"::equals).orElse(false)) {
            return Refusal.no("The subject has since been merged into another; split that later merge first.");
        }
        if (reason == null || reason.isBlank()) {
            return Refusal.no("Give a reason for splitting.");
        }
        List<UUID> moved = jdbc.sql("""
                update person_record set subject_id = :absorbed, version = version + 1
                where subject_id = :survivor and id = any(:moved) returning id""")
                .param("absorbed", m.absorbed()).param("survivor", m.survivor()).param("moved", m.moved())
                .query(UUID.class).list();
        jdbc.sql("update subject set status = 'ACTIVE', merged_into = null, version = version + 1 where id = :id")
                .param("id", m.absorbed()).update();
        jdbc.sql("update subject_merge set split_by = :by, split_reason = :reason, split_at = :at, version = version + 1 where id = :id")
                .param("by", viewer.username()).param("reason", reason.trim()).param("at", Timestamp.from(clock.instant()))
                .param("id", mergeId).update();
        List<Decision> made = new ArrayList<>();
        for (UUID r : moved) {
            index.assign(r.toString(), m.absorbed());
            made.add(new Decision(r, m.absorbed(), null, Kind.SPLIT, null, null, null, null, viewer.username(), reason.trim()));
        }
        decisions.record(made);
        audit.change(viewer, "SUBJECT_SPLIT", "subject", m.survivor());
        audit.change(viewer, "SUBJECT_RESTORED_BY_SPLIT", "subject", m.absorbed());
        events.publishEvent(new SubjectSplit(m.survivor(), m.absorbed(), mergeId));
        return Refusal.ok(m.absorbed());
    }
}
