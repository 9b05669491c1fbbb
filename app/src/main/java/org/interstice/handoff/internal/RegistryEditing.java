package org.interstice.handoff.internal;

import java.time.Clock;
import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.interstice.handoff.internal.Sql.at;

/** Changes to the responsibility registry: checked, versioned, kept in history and audited. */
@Component
public class RegistryEditing {

    /** The new holder of a step: agency (required), role (required), team and named person (optional). */
    public record Holder(UUID agencyId, Role role, UUID teamId, UUID ownerUserId) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    RegistryEditing(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Verdict change(String stepCode, long version, Holder holder, Viewer viewer) {
        if (holder.agencyId() == null) {
            return Verdict.refused("Choose the responsible agency");
        }
        if (holder.role() == null) {
            return Verdict.refused("Choose the responsible role");
        }
        if (holder.teamId() != null && count("select count(*) from team where id = ? and agency_id = ?",
                holder.teamId(), holder.agencyId()) == 0) {
            return Verdict.refused("The team must belong to the responsible agency");
        }
        if (holder.ownerUserId() != null && count("select count(*) from app_user where id = ? and agency_id = ? and active",
                holder.ownerUserId(), holder.agencyId()) == 0) {
            return Verdict.refused("The named person must be an active member of the responsible agency");
        }
        int updated = jdbc.sql("""
                        update responsibility r set agency_id = :agency, agency_kind = a.kind, role = :role, team_id = :team,
                            owner_user_id = :owner, version = r.version + 1, updated_at = :now, updated_by = :by
                        from agency a where a.id = :agency and r.step_code = :step and r.version = :version""")
                .param("agency", holder.agencyId()).param("role", holder.role().name()).param("team", holder.teamId())
                .param("owner", holder.ownerUserId()).param("now", at(clock.instant())).param("by", viewer.userId())
                .param("step", stepCode).param("version", version)
                .update();
        if (updated != 1) {
            return Verdict.refused("Someone else changed this responsibility while you were editing it. Check it and try again.");
        }
        jdbc.sql("""
                        insert into responsibility_history (step_code, changed_at, changed_by, agency_id, role, team_id, owner_user_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(stepCode, at(clock.instant()), viewer.userId(), holder.agencyId(), holder.role().name(),
                        holder.teamId(), holder.ownerUserId())
                .update();
        audit.change(viewer, "responsibility.change", "responsibility", stepCode);
        return Verdict.ok();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
