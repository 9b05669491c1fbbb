package org.interstice.agency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partnership's agencies and their teams. */
@Component
public class Agencies {

    private static final String COLUMNS = "select id, code, name, kind from agency ";

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> all() {
        return jdbc.sql(COLUMNS + "order by name").query(Agency.class).list();
    }

    public Optional<Agency> byCode(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(Agency.class).optional();
    }

    public Optional<Agency> byId(UUID id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(Agency.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from agency").query(Long.class).single();
    }

    /** Registers an agency, or returns the existing one with that code. */
    @Transactional
    public Agency register(String code, String name, AgencyKind kind, String organisation) {
        jdbc.sql("""
                        insert into agency (code, name, kind, organisation) values (?, ?, ?, ?)
                        on conflict (code) do nothing""")
                .params(code, name, kind.name(), organisation).update();
        return byCode(code).orElseThrow();
    }

    /** Adds a team to an agency, or returns the existing team of that name. */
    @Transactional
    public Team addTeam(UUID agencyId, String name) {
        jdbc.sql("insert into team (agency_id, name) values (?, ?) on conflict (agency_id, name) do nothing")
                .params(agencyId, name).update();
        return jdbc.sql("select id, agency_id, name from team where agency_id = ? and name = ?")
                .params(agencyId, name).query(Team.class).single();
    }
}
