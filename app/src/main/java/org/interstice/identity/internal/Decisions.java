package org.interstice.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interstice.linkage.Contribution;
import org.interstice.linkage.Explanation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes link decisions (append-only) and review tasks, batched for imports. */
@Component
class Decisions {

    enum Kind { NEW_SUBJECT, AUTO_LINKED, SENT_TO_REVIEW, CONFIRMED, REJECTED, MERGED, SPLIT, RESCORED }

    /** A decision about a record, with the scored candidate behind it (weight, explanation) when there was one. */
    record Decision(UUID recordId, UUID subjectId, UUID otherRecordId, Kind kind, Double weight, Double probability,
                    String modelVersion, String explanationJson, String decidedBy, String reason) {
    }

    record Task(UUID id, UUID recordId, UUID candidateRecordId, double weight, double probability, String modelVersion,
                String explanationJson, boolean contrary) {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Decisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String json(Explanation e) {
        if (e == null) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("prior", e.prior());
        root.put("strongContraryEvidence", e.strongContraryEvidence());
        ArrayNode list = root.putArray("contributions");
        for (Contribution c : e.contributions()) {
            list.addObject().put("field", c.field()).put("level", c.level()).put("weight", c.weight());
        }
        return JSON.writeValueAsString(root);
    }

    void record(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        int n = decisions.size();
        Object[] ids = new Object[n];
        Object[] records = new Object[n];
        Object[] subjects = new Object[n];
        Object[] others = new Object[n];
        String[] kinds = new String[n];
        Double[] weights = new Double[n];
        Double[] probabilities = new Double[n];
        String[] versions = new String[n];
        String[] explanations = new String[n];
        String[] by = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            Decision d = decisions.get(i);
            ids[i] = UUID.randomUUID();
            records[i] = d.recordId();
            subjects[i] = d.subjectId();
            others[i] = d.otherRecordId();
            kinds[i] = d.kind().name();
            weights[i] = d.weight();
            probabilities[i] = d.probability();
            versions[i] = d.modelVersion();
            explanations[i] = d.explanationJson();
            by[i] = d.decidedBy();
            reasons[i] = d.reason();
        }
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("""
                    insert into link_decision (id, record_id, subject_id, other_record_id, kind, match_weight, match_probability,
                      model_version, explanation, decided_by, reason, decided_at)
                    select id, rec, subj, other, kind, w, p, v, e::jsonb, by, reason, ?
                    from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::float8[], ?::float8[], ?::text[],
                      ?::text[], ?::text[], ?::text[]) as t(id, rec, subj, other, kind, w, p, v, e, by, reason)""");
            ps.setTimestamp(1, at);
            ps.setArray(2, con.createArrayOf("uuid", ids));
            ps.setArray(3, con.createArrayOf("uuid", records));
            ps.setArray(4, con.createArrayOf("uuid", subjects));
            ps.setArray(5, con.createArrayOf("uuid", others));
            ps.setArray(6, con.createArrayOf("text", kinds));
            ps.setArray(7, con.createArrayOf("float8", weights));
            ps.setArray(8, con.createArrayOf("float8", probabilities));
            ps.setArray(9, con.createArrayOf("text", versions));
            ps.setArray(10, con.createArrayOf("text", explanations));
            ps.setArray(11, con.createArrayOf("text", by));
            ps.setArray(12, con.createArrayOf("text", reasons));
            return ps;
        });
    }

    void open(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into review_task (id, record_id, candidate_record_id, match_weight, match_probability, model_version,
                  explanation, contrary, status, created_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 'OPEN', ?)
                on conflict do nothing""",
                tasks, 1000, (ps, t) -> {
                    ps.setObject(1, t.id());
                    ps.setObject(2, t.recordId());
                    ps.setObject(3, t.candidateRecordId());
                    ps.setDouble(4, t.weight());
                    ps.setDouble(5, t.probability());
                    ps.setString(6, t.modelVersion());
                    ps.setString(7, t.explanationJson());
                    ps.setBoolean(8, t.contrary());
                    ps.setTimestamp(9, at);
                });
    }
}
