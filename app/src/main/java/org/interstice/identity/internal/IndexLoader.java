package org.interstice.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the in-memory linkage index from the database when the application starts: at once when the region is
 * small, on a background thread when it is large (imports wait until it is ready; search does not need it).
 */
@Component
class IndexLoader {

    private final LinkIndex index;
    private final AgencyRecords records;
    private final Models models;
    private final JdbcClient jdbc;
    private final int backgroundAbove;

    IndexLoader(LinkIndex index, AgencyRecords records, Models models, JdbcClient jdbc,
                @Value("${interstice.identity.index.background-above:50000}") int backgroundAbove) {
        this.index = index;
        this.records = records;
        this.models = models;
        this.jdbc = jdbc;
        this.backgroundAbove = backgroundAbove;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        int count = jdbc.sql("select count(*) from person_record").query(Integer.class).single();
        if (count > backgroundAbove) {
            Thread t = new Thread(this::build, "linkage-index-loader");
            t.setDaemon(true);
            t.start();
        } else {
            build();
        }
    }

    void build() {
        LinkageModel model = models.active().orElse(null);
        List<Map.Entry<Record, UUID>> rows = new ArrayList<>();
        records.forEachForIndex(rows::add);
        index.rebuild(model, model == null ? 0 : models.activeInfo().map(Models.ModelInfo::records).orElse(0), rows);
    }
}
