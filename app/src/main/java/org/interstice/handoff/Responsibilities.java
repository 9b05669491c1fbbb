package org.interstice.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.AgencyKind;
import org.interstice.agency.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The responsibility registry: "who does what". Other modules use {@link #responsibleFor(String)} to give their
 * alarms an owner. The registry is configuration, not case data, so it needs no viewer.
 */
@Component
public class Responsibilities {

    private static final String SELECT = """
            select r.step_code, r.step_label, r.agency_kind, r.role, r.version,
                   coalesce(r.agency_id, only_one.id) as agency_id, coalesce(a.name, only_one.name) as agency_name,
                   r.team_id, t.name as team_name,
                   coalesce(named.id, manager.id) as owner_id, coalesce(named.display_name, manager.display_name) as owner_name
            from responsibility r
            left join agency a on a.id = r.agency_id
            left join lateral (
                select x.id, x.name from agency x where r.agency_id is null and x.kind = r.agency_kind
                  and (select count(*) from agency y where y.kind = r.agency_kind) = 1) only_one on true
            left join team t on t.id = r.team_id
            left join app_user named on named.id = r.owner_user_id and named.active
            left join lateral (
                select u.id, u.display_name from app_user u
                where u.team_id = r.team_id and u.role = 'TEAM_MANAGER' and u.active
                order by u.created_at, u.username limit 1) manager on true
            """;

    private final JdbcClient jdbc;

    Responsibilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Responsibility> responsibleFor(String stepCode) {
        return jdbc.sql(SELECT + " where r.step_code = ?").param(stepCode).query(Responsibilities::map).optional();
    }

    public List<Responsibility> all() {
        return jdbc.sql(SELECT + " order by r.position, r.step_label").query(Responsibilities::map).list();
    }

    private static Responsibility map(ResultSet rs, int n) throws SQLException {
        return new Responsibility(rs.getString("step_code"), rs.getString("step_label"),
                AgencyKind.valueOf(rs.getString("agency_kind")), rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name"), Role.valueOf(rs.getString("role")), rs.getObject("team_id", UUID.class),
                rs.getString("team_name"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                rs.getLong("version"));
    }
}
