package org.interstice.protection.child;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place where `protection` learns who a child is: name, date of birth, and how many agencies know the child.
 * Until `identity` publishes its subjects API this reads the details the referrer stated and the agencies that
 * appear in protection records; switching to identity changes this class only.
 */
@Component("protectionChildDirectory")
public class ChildDirectory {

    private final JdbcClient jdbc;

    ChildDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChildSummary> find(UUID subjectId) {
        return jdbc.sql("SELECT subject_id, stated_name AS name, stated_birth_date AS birth_date FROM protection_child WHERE subject_id = :id")
                .param("id", subjectId).query(ChildSummary.class).optional();
    }

    public Map<UUID, ChildSummary> find(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT subject_id, stated_name AS name, stated_birth_date AS birth_date FROM protection_child WHERE subject_id IN (:ids)")
                .param("ids", subjectIds).query(ChildSummary.class).list().stream()
                .collect(Collectors.toMap(ChildSummary::subjectId, Function.identity()));
    }

    /** Children whose name contains the text, for choosing the child a contact is about. */
    public List<ChildSummary> search(String text) {
        return jdbc.sql("""
                SELECT subject_id, stated_name AS name, stated_birth_date AS birth_date FROM protection_child
                WHERE stated_name ILIKE '%' || :text || '%' ORDER BY stated_name LIMIT 50""")
                .param("text", text == null ? "" : text.strip()).query(ChildSummary.class).list();
    }

    /** Distinct agencies that have recorded something about the child. */
    public int agenciesAware(UUID subjectId) {
        return jdbc.sql("""
                SELECT count(DISTINCT agency_id) FROM (
                    SELECT referring_agency_id AS agency_id FROM protection_contact WHERE subject_id = :id
                    UNION SELECT onward_agency_id FROM protection_contact WHERE subject_id = :id AND onward_agency_id IS NOT NULL
                    UNION SELECT agency_id FROM exploitation_screening WHERE subject_id = :id
                    UNION SELECT agency_id FROM child_seen WHERE subject_id = :id
                    UNION SELECT agency_id FROM lead_professional WHERE subject_id = :id
                ) known""").param("id", subjectId).query(Integer.class).single();
    }
}
