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
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into link_decision (id, record_id, subject_id, other_record_id, kind, match_weight, match_probability,
                  model_version, explanation, decided_by, reason, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""",
                decisions, 1000, (ps, d) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, d.recordId());
                    ps.setObject(3, d.subjectId());
                    ps.setObject(4, d.otherRecordId());
                    ps.setString(5, d.kind().name());
                    ps.setObject(6, d.weight());
                    ps.setObject(7, d.probability());
                    ps.setString(8, d.modelVersion());
                    ps.setString(9, d.explanationJson());
                    ps.setString(10, d.decidedBy());
                    ps.setString(11, d.reason());
                    ps.setTimestamp(12, at);
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
