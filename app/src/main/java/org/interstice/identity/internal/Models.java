package org.interstice.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.interstice.linkage.LinkageModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The linkage models trained on the region's data; exactly one is active. */
@Component
public class Models {

    public record ModelInfo(String version, Instant trainedAt, String trainedBy, int records, String weightsTable,
                            boolean active) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Models(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<LinkageModel> active() {
        return jdbc.sql("select model_json from linkage_model where active").query(String.class).optional()
                .map(LinkageModel::fromJson);
    }

    public Optional<ModelInfo> activeInfo() {
        return history().stream().filter(ModelInfo::active).findFirst();
    }

    public List<ModelInfo> history() {
        return jdbc.sql("""
                select version, trained_at, trained_by, records, weights_table, active
                from linkage_model order by trained_at desc""")
                .query((rs, n) -> new ModelInfo(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getBoolean(6))).list();
    }

    /**
     * Stores a newly trained model and makes it the active one (in the caller's transaction). Switches are
     * serialised by a transaction-scoped lock, so a second switch waits for the first to commit or roll back and
     * then replaces whichever model is active by then (never two active models).
     */
    void activate(LinkageModel model, String trainedBy, int records) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('linkage_model'))").query(Object.class).single();
        jdbc.sql("update linkage_model set active = false where active").update();
        jdbc.sql("""
                insert into linkage_model (version, trained_at, trained_by, records, model_json, weights_table, active)
                values (:version, :at, :by, :records, :json, :weights, true)
                on conflict (version) do update set active = true""")
                .param("version", model.version())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", trainedBy)
                .param("records", records)
                .param("json", model.toJson())
                .param("weights", model.weightsTable())
                .update();
    }
}
