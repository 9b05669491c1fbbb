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
import org.interstice.ingest.ColumnMappings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saved column-mapping profiles, one set per agency: for people extracts (imported here) and for the other kinds of
 * extract modules declare ({@link org.interstice.ingest.ExtractColumns}), which read theirs through
 * {@link ColumnMappings}. A profile's name is unique within its agency whatever it maps.
 */
@Component
public class MappingProfiles implements ColumnMappings {

    /** The code of people extracts' profiles. */
    static final String PEOPLE = "PEOPLE";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    MappingProfiles(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's profiles for people extracts. */
    public List<ColumnProfile> of(UUID agencyId) {
        return jdbc.sql("select name, columns::text from mapping_profile where agency_id = :agency and extract = 'PEOPLE' order by name")
                .param("agency", agencyId).query((rs, n) -> profile(rs.getString(1), rs.getString(2))).list();
    }

    /** The agency's profile of this name for people extracts. */
    public Optional<ColumnProfile> byName(UUID agencyId, String name) {
        return jdbc.sql("""
                select name, columns::text from mapping_profile where agency_id = :agency and name = :name and extract = 'PEOPLE'""")
                .param("agency", agencyId).param("name", name).query((rs, n) -> profile(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The agency's profiles for other kinds of extract, by kind and name. */
    public List<ColumnMapping> others(UUID agencyId) {
        return jdbc.sql("""
                select extract, name, columns::text from mapping_profile where agency_id = :agency and extract <> 'PEOPLE'
                order by extract, name""")
                .param("agency", agencyId).query((rs, n) -> mapping(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public Optional<ColumnMapping> profile(UUID agencyId, String extract, String name) {
        return jdbc.sql("""
                select extract, name, columns::text from mapping_profile
                where agency_id = :agency and name = :name and extract = :extract""")
                .param("agency", agencyId).param("name", name).param("extract", extract)
                .query((rs, n) -> mapping(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    private static ColumnMapping mapping(String extract, String name, String json) {
        Map<String, String> headers = new java.util.TreeMap<>();
        JSON.readTree(json).properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
        return new ColumnMapping(extract, name, headers);
    }

    private static ColumnProfile profile(String name, String json) {
        Map<CanonicalColumn, String> headers = new EnumMap<>(CanonicalColumn.class);
        JsonNode node = JSON.readTree(json);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            CanonicalColumn.fromHeader(e.getKey()).ifPresent(c -> headers.put(c, e.getValue().asString()));
        }
        return new ColumnProfile(name, headers);
    }

    /** Creates or replaces an agency's profile for people extracts; blank headers fall back to the canonical names. */
    @Transactional
    public void save(Viewer viewer, UUID agencyId, String name, Map<CanonicalColumn, String> headers) {
        Map<String, String> byColumn = new java.util.LinkedHashMap<>();
        headers.forEach((c, h) -> byColumn.put(c.header(), h));
        save(viewer, agencyId, PEOPLE, name, byColumn);
    }

    /**
     * Creates or replaces an agency's profile for a kind of extract ({@code PEOPLE}, or another module's code), our
     * column name to the agency's header; blank headers fall back to our names. Saving a name the agency already
     * uses replaces that profile, whatever it mapped.
     */
    @Transactional
    public void save(Viewer viewer, UUID agencyId, String extract, String name, Map<String, String> headers) {
        ObjectNode columns = JSON.createObjectNode();
        headers.forEach((c, h) -> {
            if (h != null && !h.isBlank()) {
                columns.put(c, h.trim());
            }
        });
        UUID id = jdbc.sql("""
                insert into mapping_profile (id, agency_id, name, columns, created_by, created_at, extract)
                values (:id, :agency, :name, cast(:columns as jsonb), :by, :at, :extract)
                on conflict (agency_id, name) do update set columns = excluded.columns, extract = excluded.extract,
                  version = mapping_profile.version + 1
                returning id""")
                .param("id", UUID.randomUUID()).param("agency", agencyId).param("name", name.trim()).param("extract", extract)
                .param("columns", JSON.writeValueAsString(columns)).param("by", viewer.username())
                .param("at", Timestamp.from(clock.instant())).query(UUID.class).single();
        audit.change(viewer, "MAPPING_PROFILE_SAVED", "mapping_profile", id);
    }
}
