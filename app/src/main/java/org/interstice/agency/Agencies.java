package org.interstice.agency;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The partnership's agencies and their teams. */
@Component
public class Agencies {

    private static final String COLUMNS = "select id, code, name, kind from agency ";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Agencies(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The outcome of an administrator's change: the id of what was added, or why not. */
    public record Added(UUID id, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    /** An administrator adds an agency; audited. */
    @Transactional
    public Added add(String code, String name, AgencyKind kind, String organisation, Viewer by) {
        String normalised = code == null ? "" : code.trim().toUpperCase();
        if (!CODE.matcher(normalised).matches()) {
            return new Added(null, "Enter a code of 2 to 16 capital letters, digits or hyphens, such as NSP");
        }
        if (name == null || name.isBlank()) {
            return new Added(null, "Enter the agency's name");
        }
        if (kind == null) {
            return new Added(null, "Select the kind of agency");
        }
        if (byCode(normalised).isPresent()) {
            return new Added(null, "An agency with code " + normalised + " already exists");
        }
        String owner = organisation == null || organisation.isBlank() ? name.trim() : organisation.trim();
        Agency agency = register(normalised, name.trim(), kind, owner);
        events.publishEvent(new AccountsChanged(by, "ADD_AGENCY", "agency", agency.id().toString()));
        return new Added(agency.id(), null);
    }

    /** An administrator adds a team to an agency; audited. */
    @Transactional
    public Added addTeam(UUID agencyId, String name, Viewer by) {
        if (agencyId == null || byId(agencyId).isEmpty()) {
            return new Added(null, "Select the agency");
        }
        if (name == null || name.isBlank()) {
            return new Added(null, "Enter the team's name");
        }
        if (jdbc.sql("select count(*) from team where agency_id = ? and lower(name) = lower(?)")
                .params(agencyId, name.trim()).query(Long.class).single() > 0) {
            return new Added(null, "That agency already has a team called " + name.trim());
        }
        Team team = addTeam(agencyId, name.trim());
        events.publishEvent(new AccountsChanged(by, "ADD_TEAM", "team", team.id().toString()));
        return new Added(team.id(), null);
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
