package org.interstice.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.Ethnicity;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.internal.Decisions.Decision;
import org.interstice.identity.internal.Decisions.Kind;
import org.interstice.identity.internal.MergeCheck.RecordFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The match review queue: possible matches between two agency records for a MASH officer or analyst to confirm,
 * reject ("not the same person", kept and respected by every later run) or defer.
 */
@Component
public class Reviews {

    public record TaskRow(UUID id, String status, Instant createdAt, double weight, double probability, boolean contrary,
                          String record, String candidate, long version) {
    }

    /** One side of the comparison: the record's values, field by field. */
    public record Side(UUID recordId, String agencyCode, String agencyName, String sourceSystem, String sourceId,
                       UUID subjectId, Map<String, String> values) {
    }

    public record Detail(TaskRow task, Side record, Side candidate, Double prior, List<SingleView.Weight> weights,
                         String modelVersion, List<String> concerns) {
        public double weightOf(String field) {
            return weights.stream().filter(w -> w.field().equals(field)).mapToDouble(SingleView.Weight::weight).sum();
        }

        public String levelOf(String field) {
            return weights.stream().filter(w -> w.field().equals(field)).map(SingleView.Weight::level).findFirst().orElse("");
        }

        /** Contributions that belong to no single field, such as the engine's household correction. */
        public List<SingleView.Weight> otherWeights() {
            return weights.stream().filter(w -> !record.values().containsKey(w.field())).toList();
        }
    }

    private final JdbcClient jdbc;
    private final Linking linking;
    private final Merges merges;
    private final Decisions decisions;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(JdbcClient jdbc, Linking linking, Merges merges, Decisions decisions, Audit audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.linking = linking;
        this.merges = merges;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private static final String TASK_SELECT = """
            select t.id, t.status, t.created_at, t.match_weight, t.match_probability, t.contrary,
              ra.code || ' ' || r.source_id || ': ' || coalesce(r.given_name, '') || ' ' || coalesce(upper(r.family_name), ''),
              ca.code || ' ' || c.source_id || ': ' || coalesce(c.given_name, '') || ' ' || coalesce(upper(c.family_name), ''),
              t.version
            from review_task t
            join person_record r on r.id = t.record_id join agency ra on ra.id = r.agency_id
            join person_record c on c.id = t.candidate_record_id join agency ca on ca.id = c.agency_id
            """;

    private static TaskRow taskRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TaskRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getDouble(4),
                rs.getDouble(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getLong(9));
    }

    /**
     * Open tasks first, most informative first: the pair whose match probability is nearest one half (the model is
     * least sure, so a person's answer teaches the next training most, ADR 0050); a pair with strong contrary
     * evidence (two different valid identifiers) counts as wholly uncertain. Then deferred ones.
     */
    public List<TaskRow> queue(int limit) {
        return jdbc.sql(TASK_SELECT + """
                where t.status in ('OPEN', 'DEFERRED')
                order by t.status = 'DEFERRED', case when t.contrary then 0 else abs(t.match_probability - 0.5) end,
                  t.created_at
                limit :limit""").param("limit", limit).query((rs, n) -> taskRow(rs)).list();
    }

    public int openCount() {
        return jdbc.sql("select count(*) from review_task where status = 'OPEN'").query(Integer.class).single();
    }

    public Optional<Detail> detail(UUID taskId) {
        record Raw(TaskRow row, UUID recordId, UUID candidateId, String modelVersion, String explanation) {
        }
        return jdbc.sql(TASK_SELECT.replace("t.version\n", "t.version, t.record_id, t.candidate_record_id, t.model_version, t.explanation::text\n")
                        + " where t.id = :id")
                .param("id", taskId)
                .query((rs, n) -> new Raw(taskRow(rs), rs.getObject(10, UUID.class), rs.getObject(11, UUID.class),
                        rs.getString(12), rs.getString(13)))
                .optional()
                .map(raw -> {
                    JsonNode node = Decisions.JSON.readTree(raw.explanation());
                    List<SingleView.Weight> weights = new ArrayList<>();
                    for (JsonNode c : node.path("contributions")) {
                        weights.add(new SingleView.Weight(c.path("field").asString(), c.path("level").asString(), c.path("weight").asDouble()));
                    }
                    Side record = side(raw.recordId());
                    Side candidate = side(raw.candidateId());
                    List<String> concerns = candidate.subjectId() == null ? List.of()
                            : concernsOf(raw.recordId(), record.subjectId(), candidate.subjectId());
                    return new Detail(raw.row(), record, candidate, node.path("prior").asDouble(), weights,
                            raw.modelVersion(), concerns);
                });
    }

    private Side side(UUID recordId) {
        return jdbc.sql("""
                select r.id, a.code, a.name, r.source_system, r.source_id, r.subject_id, r.given_name, r.family_name, r.dob,
                  r.sex, r.ethnicity, r.postcode, r.address, array_to_string(r.phones, ', '), array_to_string(r.emails, ', '),
                  r.nhs_number, r.upn, r.pnc_id, r.first_known,
                  (select string_agg(coalesce(n.given_name, '') || ' ' || coalesce(n.family_name, ''), '; ')
                     from person_name n where n.record_id = r.id and n.kind <> 'PRIMARY')
                from person_record r join agency a on a.id = r.agency_id where r.id = :id""")
                .param("id", recordId)
                .query((rs, n) -> {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("given_name", rs.getString(7));
                    v.put("family_name", rs.getString(8));
                    v.put("dob", rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate().toString());
                    v.put("sex", rs.getString(10));
                    v.put("ethnicity", rs.getString(11) == null ? null : Ethnicity.labelOf(rs.getString(11)));
                    v.put("postcode", rs.getString(12));
                    v.put("address", rs.getString(13));
                    v.put("phone", rs.getString(14));
                    v.put("email", rs.getString(15));
                    v.put("nhs_number", rs.getString(16));
                    v.put("upn", rs.getString(17));
                    v.put("pnc_id", rs.getString(18));
                    v.put("first_known", rs.getDate(19).toLocalDate().toString());
                    v.put("aliases", rs.getString(20));
                    return new Side(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, UUID.class), v);
                }).single();
    }

    private List<String> concernsOf(UUID recordId, UUID recordSubject, UUID candidateSubject) {
        if (candidateSubject.equals(recordSubject)) {
            return List.of();
        }
        List<RecordFacts> left = recordSubject == null ? pendingFacts(recordId) : merges.facts(recordSubject);
        List<RecordFacts> right = merges.facts(candidateSubject);
        return MergeCheck.concerns(left, right, merges.notSame(left, right));
    }

    private List<RecordFacts> pendingFacts(UUID recordId) {
        return jdbc.sql("""
                select r.id, a.code, r.source_id, r.nhs_number from person_record r join agency a on a.id = r.agency_id
                where r.id = :id""").param("id", recordId)
                .query((rs, n) -> new RecordFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private record Locked(UUID recordId, UUID candidateId, String status, long version, Double weight, Double probability,
                          String modelVersion, String explanation) {
    }

    private Optional<Locked> lock(UUID taskId) {
        return jdbc.sql("""
                select record_id, candidate_record_id, status, version, match_weight, match_probability, model_version,
                  explanation::text from review_task where id = :id for update""")
                .param("id", taskId)
                .query((rs, n) -> new Locked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getString(7), rs.getString(8)))
                .optional();
    }

    private Optional<String> guard(Optional<Locked> task, long version) {
        if (task.isEmpty()) {
            return Optional.of("There is no such review task.");
        }
        if (!List.of("OPEN", "DEFERRED").contains(task.get().status())) {
            return Optional.of("This match has already been decided (" + task.get().status().toLowerCase() + ").");
        }
        if (task.get().version() != version) {
            return Optional.of("Someone changed this task while you were looking at it. Look at it again before deciding.");
        }
        return Optional.empty();
    }

    private UUID subjectOfRecord(UUID recordId) {
        return jdbc.sql("select subject_id from person_record where id = :id for update").param("id", recordId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
    }

    private void close(UUID taskId, String status, Viewer viewer, String reason) {
        jdbc.sql("""
                update review_task set status = :status, decided_by = :by, decided_at = :at, reason = :reason,
                  version = version + 1 where id = :id""")
                .param("status", status).param("by", viewer.username()).param("at", Timestamp.from(clock.instant()))
                .param("reason", reason).param("id", taskId).update();
    }

    /** The two records are the same person: link the record to the candidate's subject (merging if it had one). */
    @Transactional
    public Refusal confirm(Viewer viewer, UUID taskId, long version, String overrideReason) {
        Optional<Locked> task = lock(taskId);
        Optional<String> refusal = guard(task, version);
        if (refusal.isPresent()) {
            return Refusal.no(refusal.get());
        }
        Locked t = task.get();
        UUID recordSubject = subjectOfRecord(t.recordId());
        UUID candidateSubject = subjectOfRecord(t.candidateId());
        if (candidateSubject == null) {
            return Refusal.no("The other record is itself waiting for review; decide that first.");
        }
        if (recordSubject == null) {
            List<RecordFacts> left = pendingFacts(t.recordId());
            List<RecordFacts> right = merges.facts(candidateSubject);
            List<String> concerns = MergeCheck.concerns(left, right, merges.notSame(left, right));
            MergeCheck.Verdict verdict = MergeCheck.verdict(concerns, overrideReason);
            if (verdict instanceof MergeCheck.Blocked b) {
                audit.record(viewer, "MATCH_CONFIRM_BLOCKED", "review_task", taskId, String.join("; ", b.concerns()));
                return Refusal.blocked(b.concerns());
            }
            linking.setSubject(t.recordId(), candidateSubject);
            UUID agency = jdbc.sql("select agency_id from person_record where id = :id").param("id", t.recordId())
                    .query(UUID.class).single();
            events.publishEvent(new SubjectResolved(candidateSubject, t.recordId(), agency));
        } else if (!recordSubject.equals(candidateSubject)) {
            Refusal merged = merges.merge(viewer, candidateSubject, recordSubject, overrideReason);
            if (!merged.done()) {
                return merged;
            }
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : "override: " + overrideReason.trim();
        decisions.record(List.of(new Decision(t.recordId(), candidateSubject, t.candidateId(), Kind.CONFIRMED, t.weight(),
                t.probability(), t.modelVersion(), t.explanation(), viewer.username(), reason)));
        close(taskId, "CONFIRMED", viewer, reason);
        // other open tasks pairing this record with the same subject are now moot
        jdbc.sql("""
                update review_task t set status = 'WITHDRAWN', decided_by = :by, decided_at = :at,
                  reason = 'the records were linked by another decision', version = version + 1
                where t.status in ('OPEN', 'DEFERRED') and t.id <> :id and t.record_id = :record
                  and (select subject_id from person_record c where c.id = t.candidate_record_id) = :subject""")
                .param("by", viewer.username()).param("at", Timestamp.from(clock.instant())).param("id", taskId)
                .param("record", t.recordId()).param("subject", candidateSubject).update();
        audit.change(viewer, "MATCH_CONFIRMED", "review_task", taskId);
        return Refusal.ok(candidateSubject);
    }

    /** Not the same person: kept, and respected by every later linking run and merge. */
    @Transactional
    public Refusal reject(Viewer viewer, UUID taskId, long version, String reason) {
        Optional<Locked> task = lock(taskId);
        Optional<String> refusal = guard(task, version);
        if (refusal.isPresent()) {
            return Refusal.no(refusal.get());
        }
        Locked t = task.get();
        // PostgreSQL orders uuids by their bytes, which is the order of their text, not of UUID.compareTo
        UUID a = t.recordId().toString().compareTo(t.candidateId().toString()) < 0 ? t.recordId() : t.candidateId();
        UUID b = a.equals(t.recordId()) ? t.candidateId() : t.recordId();
        jdbc.sql("""
                insert into not_same_person (record_a, record_b, decided_by, reason, decided_at)
                values (:a, :b, :by, :reason, :at) on conflict do nothing""")
                .param("a", a).param("b", b).param("by", viewer.username()).param("reason", reason)
                .param("at", Timestamp.from(clock.instant())).update();
        close(taskId, "REJECTED", viewer, reason);
        UUID recordSubject = subjectOfRecord(t.recordId());
        List<Decision> made = new ArrayList<>();
        made.add(new Decision(t.recordId(), recordSubject, t.candidateId(), Kind.REJECTED, t.weight(), t.probability(),
                t.modelVersion(), t.explanation(), viewer.username(), reason));
        int stillOpen = jdbc.sql("select count(*) from review_task where record_id = :id and status in ('OPEN', 'DEFERRED')")
                .param("id", t.recordId()).query(Integer.class).single();
        if (recordSubject == null && stillOpen == 0) {
            recordSubject = UUID.randomUUID();
            jdbc.sql("insert into subject (id, status, created_at) values (:id, 'ACTIVE', :at)")
                    .param("id", recordSubject).param("at", Timestamp.from(clock.instant())).update();
            linking.setSubject(t.recordId(), recordSubject);
            made.add(new Decision(t.recordId(), recordSubject, null, Kind.NEW_SUBJECT, null, null, t.modelVersion(), null,
                    viewer.username(), "no match left after review"));
            UUID agency = jdbc.sql("select agency_id from person_record where id = :id").param("id", t.recordId())
                    .query(UUID.class).single();
            events.publishEvent(new SubjectResolved(recordSubject, t.recordId(), agency));
        }
        decisions.record(made);
        audit.change(viewer, "MATCH_REJECTED", "review_task", taskId);
        return Refusal.ok(recordSubject);
    }

    @Transactional
    public Refusal defer(Viewer viewer, UUID taskId, long version, String reason) {
        Optional<Locked> task = lock(taskId);
        Optional<String> refusal = guard(task, version);
        if (refusal.isPresent()) {
            return Refusal.no(refusal.get());
        }
        jdbc.sql("update review_task set status = 'DEFERRED', reason = :reason, version = version + 1 where id = :id")
                .param("reason", reason).param("id", taskId).update();
        audit.change(viewer, "MATCH_DEFERRED", "review_task", taskId);
        return Refusal.ok(null);
    }
}
