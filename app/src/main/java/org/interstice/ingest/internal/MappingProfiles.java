package org.interstice.ingest.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Saved column-mapping profiles, one set per agency. */
@Component
public class MappingProfiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    MappingProfiles(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ColumnProfile> of(UUID agencyId) {
        return jdbc.sql("select name, columns::text from mapping_profile where agency_id = :agency order by name")
                .param("agency", agencyId).query((rs, n) -> profile(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<ColumnProfile> byName(UUID agencyId, String name) {
        return jdbc.sql("select name, columns::text from mapping_profile where agency_id = :agency and name = :name")
                .param("agency", agencyId).param("name", name).query((rs, n) -> profile(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private static ColumnProfile profile(String name, String json) {
        Map<CanonicalColumn, String> headers = new EnumMap<>(CanonicalColumn.class);
        JsonNode node = JSON.readTree(json);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            CanonicalColumn.fromHeader(e.getKey()).ifPresent(c -> headers.put(c, e.getValue().asString()));
        }
        return new ColumnProfile(name, headers);
    }

    /** Creates or replaces an agency's profile; blank headers fall back to the canonical names. */
    @Transactional
    public void save(Viewer viewer, UUID agencyId, String name, Map<CanonicalColumn, String> headers) {
        ObjectNode columns = JSON.createObjectNode();
        headers.forEach((c, h) -> {
            if (h != null && !h.isBlank()) {
                columns.put(c.header(), h.trim());
            }
        });
        UUID id = jdbc.sql("""
                insert into mapping_profile (id, agency_id, name, columns, created_by, created_at)
                values (:id, :agency, :name, cast(:columns as jsonb), :by, :at)
                on conflict (agency_id, name) do update set columns = excluded.columns, version = mapping_profile.version + 1
                returning id""")
                .param("id", UUID.randomUUID()).param("agency", agencyId).param("name", name.trim())
                .param("columns", JSON.writeValueAsString(columns)).param("by", viewer.username())
                .param("at", Timestamp.from(clock.instant())).query(UUID.class).single();
        audit.change(viewer, "MAPPING_PROFILE_SAVED", "mapping_profile", id);
    }
}
