package org.interstice.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interstice.linkage.LabelledPair;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trains the region's linkage model: unsupervised on every record held, plus the pairs reviewers decided
 * (confirmed matches and "not the same person"), which enter EM with a fixed answer (ADR 0050).
 */
@Component
class ModelTraining {

    private final JdbcClient jdbc;
    private final LinkSettings settings;

    ModelTraining(JdbcClient jdbc, LinkSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    LinkageModel train(List<Record> records) {
        return LinkageModel.train(LinkageRecords.SCHEMA, records, settings.seed(), labelledPairs());
    }

    /** Every pair a person decided: confirmed review tasks are matches; rejections and "not the same person" are not. */
    List<LabelledPair> labelledPairs() {
        List<LabelledPair> out = new ArrayList<>();
        jdbc.sql("""
                select record_id, candidate_record_id, status = 'CONFIRMED' from review_task
                where status in ('CONFIRMED', 'REJECTED')
                union
                select record_a, record_b, false from not_same_person""")
                .query((rs, n) -> out.add(new LabelledPair(rs.getObject(1, UUID.class).toString(),
                        rs.getObject(2, UUID.class).toString(), rs.getBoolean(3))))
                .list();
        return out;
    }
}
