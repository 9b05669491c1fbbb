package org.interstice.protection.child;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.interstice.protection.ChildrenAtRiskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads each child's current risk from the per-child summary that every screening keeps current. */
@Component
class CurrentRisk implements ChildrenAtRiskQuery {

    private final JdbcClient jdbc;

    CurrentRisk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public java.util.Optional<UUID> childNamed(String statedName) {
        var ids = jdbc.sql("SELECT subject_id FROM protection_child WHERE lower(regexp_replace(trim(stated_name), '\\s+', ' ', 'g')) = lower(regexp_replace(trim(:name), '\\s+', ' ', 'g'))")
                .param("name", statedName).query(UUID.class).list();
        return ids.size() == 1 ? java.util.Optional.of(ids.get(0)) : java.util.Optional.empty();
    }

    @Override
    public Map<UUID, ChildrenAtRiskQuery.CurrentRisk> currentRisk(Collection<UUID> subjectIds) {
        Map<UUID, ChildrenAtRiskQuery.CurrentRisk> out = new HashMap<>();
        if (subjectIds.isEmpty()) return out;
        jdbc.sql("""
                        SELECT subject_id, risk_rank, risk_level_count, risk_label, risk_assessed_on FROM protection_child
                        WHERE subject_id = any(cast(:ids as uuid[])) AND risk_rank IS NOT NULL""")
                .param("ids", "{" + String.join(",", subjectIds.stream().map(UUID::toString).toList()) + "}")
                .query((rs, n) -> new ChildrenAtRiskQuery.CurrentRisk(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class)))
                .list().forEach(r -> out.put(r.subjectId(), r));
        return out;
    }
}
