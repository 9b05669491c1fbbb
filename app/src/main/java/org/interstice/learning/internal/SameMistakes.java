package org.interstice.learning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "The same mistakes": for each familiar cause, the reviews and incidents that found it, when, what is still open about
 * it, and whether it was found again after every action from its earlier findings had been completed (the actions did
 * not stop it recurring).
 */
@Component
public class SameMistakes {

    public record CauseRecord(String code, String label, boolean active, int findings, LocalDate firstFound,
                              LocalDate lastFound, int openActions, int completedActions, boolean foundAgainAfterActionsClosed) {
    }

    public record Occurrence(UUID findingId, LocalDate foundOn, String source, UUID reviewId, UUID incidentId,
                             String summary, int openActions, int completedActions, boolean afterActionsClosed) {
    }

    /** A finding is "after actions closed" when earlier findings of its cause had actions and all were completed before it. */
    private static final String AFTER_CLOSED = """
            EXISTS (SELECT 1 FROM learning_recommendation r JOIN learning_finding f1 ON f1.id = r.finding_id
                     WHERE f1.cause_code = f.cause_code AND f1.recorded_at < f.recorded_at
                    HAVING count(*) > 0 AND bool_and(r.completed_at IS NOT NULL AND r.completed_at < f.recorded_at))
            """;

    private final JdbcClient jdbc;

    SameMistakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CauseRecord> byCause() {
        return jdbc.sql("""
                SELECT c.code, c.label, c.active, c.position,
                       count(f.id) AS findings, min(f.found_on) AS first_found, max(f.found_on) AS last_found,
                       (SELECT count(*) FROM learning_recommendation r JOIN learning_finding x ON x.id = r.finding_id
                         WHERE x.cause_code = c.code AND r.completed_at IS NULL) AS open_actions,
                       (SELECT count(*) FROM learning_recommendation r JOIN learning_finding x ON x.id = r.finding_id
                         WHERE x.cause_code = c.code AND r.completed_at IS NOT NULL) AS completed_actions,
                       coalesce(bool_or(""" + AFTER_CLOSED + """
                       ), false) AS found_again
                  FROM learning_cause c LEFT JOIN learning_finding f ON f.cause_code = c.code
                 GROUP BY c.code, c.label, c.active, c.position
                 ORDER BY count(f.id) DESC, c.position""")
                .query((rs, i) -> new CauseRecord(rs.getString("code"), rs.getString("label"), rs.getBoolean("active"),
                        rs.getInt("findings"), rs.getObject("first_found", LocalDate.class),
                        rs.getObject("last_found", LocalDate.class), rs.getInt("open_actions"),
                        rs.getInt("completed_actions"), rs.getBoolean("found_again")))
                .list();
    }

    public List<Occurrence> of(String causeCode) {
        return jdbc.sql("""
                SELECT f.id, f.found_on, f.review_id, f.incident_id, f.summary,
                       coalesce(rv.title, CASE i.kind WHEN 'NEAR_MISS' THEN 'Near miss' ELSE 'Incident' END
                                || ' of ' || to_char(i.occurred_on, 'FMDD Mon YYYY')) AS source,
                       (SELECT count(*) FROM learning_recommendation r WHERE r.finding_id = f.id AND r.completed_at IS NULL) AS open_actions,
                       (SELECT count(*) FROM learning_recommendation r WHERE r.finding_id = f.id AND r.completed_at IS NOT NULL) AS completed_actions,
                       """ + AFTER_CLOSED + """
                        AS after_closed
                  FROM learning_finding f
                  LEFT JOIN learning_review rv ON rv.id = f.review_id
                  LEFT JOIN learning_incident i ON i.id = f.incident_id
                 WHERE f.cause_code = :code
                 ORDER BY f.recorded_at DESC""")
                .param("code", causeCode)
                .query((rs, i) -> new Occurrence(rs.getObject("id", UUID.class), rs.getObject("found_on", LocalDate.class),
                        rs.getString("source"), rs.getObject("review_id", UUID.class), rs.getObject("incident_id", UUID.class),
                        rs.getString("summary"), rs.getInt("open_actions"), rs.getInt("completed_actions"),
                        rs.getBoolean("after_closed")))
                .list();
    }
}
