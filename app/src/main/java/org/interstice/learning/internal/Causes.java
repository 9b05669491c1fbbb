package org.interstice.learning.internal;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The taxonomy of familiar causes: local configuration, seeded from the national panel's themes and case review
 * research. A partnership lead adds causes, rewords them and retires them; a retired cause keeps its findings.
 */
@Component
public class Causes {

    public record Cause(String code, String label, String description, boolean active, int position, long version) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    Causes(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Cause> all() {
        return jdbc.sql("SELECT * FROM learning_cause ORDER BY position, code").query(Causes::row).list();
    }

    public List<Cause> active() {
        return all().stream().filter(Cause::active).toList();
    }

    public Optional<Cause> byCode(String code) {
        return jdbc.sql("SELECT * FROM learning_cause WHERE code = :code").param("code", code).query(Causes::row).optional();
    }

    /** Adds a cause; the code is made from the label. Returns a refusal, or null. */
    @Transactional
    public String add(String label, String description, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD)) {
            return "Only a partnership lead changes the cause taxonomy";
        }
        if (label == null || label.isBlank()) {
            return "Enter the cause in a few words";
        }
        String code = label.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.length() < 2 || !Character.isLetter(code.charAt(0))) {
            return "Start the cause with a word";
        }
        code = code.substring(0, Math.min(60, code.length()));
        if (byCode(code).isPresent()) {
            return "That cause is already in the taxonomy";
        }
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM learning_cause").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO learning_cause (code, label, description, position, updated_at, updated_by)
                VALUES (:code, :label, :description, :position, :at, :by)""")
                .param("code", code).param("label", label.strip())
                .param("description", description == null ? "" : description.strip()).param("position", position)
                .param("at", Timestamp.from(clock.instant())).param("by", viewer.userId())
                .update();
        audit.change(viewer, "learning.cause.add", "learning_cause", code);
        return null;
    }

    /** Rewords, retires or restores a cause. Returns a refusal, or null. */
    @Transactional
    public String update(String code, String label, String description, boolean active, long version, Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD)) {
            return "Only a partnership lead changes the cause taxonomy";
        }
        if (label == null || label.isBlank()) {
            return "Enter the cause in a few words";
        }
        int updated = jdbc.sql("""
                UPDATE learning_cause SET label = :label, description = :description, active = :active,
                       updated_at = :at, updated_by = :by, version = version + 1
                 WHERE code = :code AND version = :version""")
                .param("label", label.strip()).param("description", description == null ? "" : description.strip())
                .param("active", active).param("at", Timestamp.from(clock.instant())).param("by", viewer.userId())
                .param("code", code).param("version", version)
                .update();
        if (updated == 0) {
            return "Someone else changed this cause; reload the page and try again";
        }
        audit.change(viewer, "learning.cause.update", "learning_cause", code);
        return null;
    }

    private static Cause row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Cause(rs.getString("code"), rs.getString("label"), rs.getString("description"), rs.getBoolean("active"),
                rs.getInt("position"), rs.getLong("version"));
    }
}
