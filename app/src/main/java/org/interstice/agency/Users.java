package org.interstice.agency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and teams, read-only, without credentials. */
@Component
public class Users {

    private static final String COLUMNS =
            "select id, username, display_name, agency_id, team_id, role, active from app_user ";

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserSummary> byId(UUID id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(UserSummary.class).optional();
    }

    public Optional<UserSummary> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + "where username = ?").param(username.trim().toLowerCase())
                .query(UserSummary.class).optional();
    }

    public List<UserSummary> withRole(Role role) {
        return jdbc.sql(COLUMNS + "where role = ? and active order by display_name").param(role.name())
                .query(UserSummary.class).list();
    }

    /** The active team manager of a team (the longest-serving one if there are several). */
    public Optional<UserSummary> managerOfTeam(UUID teamId) {
        return jdbc.sql(COLUMNS + "where team_id = ? and role = 'TEAM_MANAGER' and active order by created_at, username limit 1")
                .param(teamId).query(UserSummary.class).optional();
    }

    /** Active users of an agency, by name. */
    public List<UserSummary> inAgency(UUID agencyId) {
        return jdbc.sql(COLUMNS + "where agency_id = ? and active order by display_name").param(agencyId)
                .query(UserSummary.class).list();
    }

    /** Active members of a team, by name. */
    public List<UserSummary> inTeam(UUID teamId) {
        return jdbc.sql(COLUMNS + "where team_id = ? and active order by display_name").param(teamId)
                .query(UserSummary.class).list();
    }

    public Optional<Team> team(UUID teamId) {
        return jdbc.sql("select id, agency_id, name from team where id = ?").param(teamId).query(Team.class).optional();
    }

    public List<Team> teams() {
        return jdbc.sql("select id, agency_id, name from team order by name").query(Team.class).list();
    }

    public List<UserSummary> all() {
        return jdbc.sql(COLUMNS + "order by display_name, username").query(UserSummary.class).list();
    }

    public long countActive() {
        return jdbc.sql("select count(*) from app_user where active").query(Long.class).single();
    }

    /** The viewer for a user who signs in, or empty if there is no such active user. */
    public Optional<Viewer> viewerFor(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.agency_id, a.code, u.team_id, u.role
                        from app_user u join agency a on a.id = u.agency_id
                        where u.username = ? and u.active""")
                .param(username == null ? "" : username.trim().toLowerCase())
                .query((rs, n) -> new Viewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class),
                        Role.valueOf(rs.getString(7)), false))
                .optional();
    }
}
