package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suspect table: registering named suspects and reading them back. */
@Component
public class Suspects {

    private final JdbcClient jdbc;

    Suspects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final String COLUMNS = """
            s.id, s.person_entity_id, s.subject_id, s.display_name, s.stage, s.outcome, s.outcome_group, s.stage_entered_on,
            s.owner_user_id, s.ethnicity, s.nationality, s.named_on, s.version""";

    /** A person named as a suspect: his name, identity subject (if identified) and the date of the earliest report naming him. */
    public record Registration(UUID personId, String name, UUID subjectId, LocalDate namedOn) {
    }

    /**
     * Registers persons named as suspects (each once), keeping the earliest naming date and the identity subject, and
     * returns their suspect ids in the order given. Locks are taken in one order, so that registrations and sweeps
     * running at the same time never deadlock: first the new suspects are inserted in person order (an insert waits
     * only for another transaction's insert of the same person, and everyone inserts in that order); then every
     * suspect row is locked in id order, the order the sweep locks them in, before any is changed. ADR 0075.
     */
    public List<UUID> register(List<Registration> registrations, Instant now) {
        Map<UUID, Registration> byPerson = new java.util.TreeMap<>();
        for (Registration r : registrations) byPerson.merge(r.personId(), r, (a, b) -> b.namedOn().isBefore(a.namedOn()) ? b : a);
        if (byPerson.isEmpty()) return List.of();
        java.util.Set<UUID> inserted = new java.util.HashSet<>();
        for (Registration r : byPerson.values()) {
            UUID id = UUID.randomUUID();
            int rows = jdbc.sql("""
                            insert into suspect (id, person_entity_id, subject_id, display_name, stage, stage_entered_on, named_on, created_at)
                            values (?, ?, ?, ?, 'NAMED', ?, ?, ?) on conflict (person_entity_id) do nothing""")
                    .params(id, r.personId(), r.subjectId(), r.name(), r.namedOn(), r.namedOn(), Timestamp.from(now)).update();
            if (rows == 1) {
                jdbc.sql("insert into suspect_stage_history (id, suspect_id, stage, entered_on, recorded_at) values (?, ?, 'NAMED', ?, ?)")
                        .params(UUID.randomUUID(), id, r.namedOn(), Timestamp.from(now)).update();
                inserted.add(r.personId());
            }
        }
        Map<UUID, UUID> suspectOf = new HashMap<>();
        jdbc.sql("select person_entity_id, id from suspect where person_entity_id = any(cast(? as uuid[])) order by id for update")
                .param(AlarmSweep.array(byPerson.keySet()))
                .query(rs -> { suspectOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)); });
        for (Registration r : byPerson.values()) {
            if (inserted.contains(r.personId())) continue;
            UUID existing = suspectOf.get(r.personId());
            int changed = jdbc.sql("""
                            update suspect set subject_id = coalesce(subject_id, ?), display_name = ?, named_on = least(named_on, ?),
                                stage_entered_on = case when stage = 'NAMED' then least(named_on, ?) else stage_entered_on end
                            where id = ? and (display_name <> ? or named_on > ? or (subject_id is null and cast(? as uuid) is not null))""")
                    .params(r.subjectId(), r.name(), r.namedOn(), r.namedOn(), existing, r.name(), r.namedOn(), r.subjectId()).update();
            if (changed > 0)
                jdbc.sql("update suspect_stage_history set entered_on = least(entered_on, ?) where suspect_id = ? and stage = 'NAMED'")
                        .params(r.namedOn(), existing).update();
        }
        return registrations.stream().map(r -> suspectOf.get(r.personId())).filter(java.util.Objects::nonNull).distinct().toList();
    }

    public Optional<Suspect> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from suspect s where s.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<Suspect> byPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from suspect s where s.person_entity_id = ?").param(personId).query((rs, n) -> map(rs)).optional();
    }

    public List<UUID> allIds() {
        return jdbc.sql("select id from suspect where merged_into is null order by id").query(UUID.class).list();
    }

    public record StageEntry(Stage stage, LocalDate enteredOn, String outcome, String outcomeGroup, String note, UUID recordedBy) {
    }

    /** A disruption action with its details and the breaches recorded against it, oldest first. */
    public record Disruption(UUID id, DisruptionType type, String description, LocalDate takenOn, LocalDate expiresOn,
                             UUID ownerUserId, UUID childSubjectId, CawnType cawnType, String court, String conditions,
                             String authority, String licence, List<Breach> breaches) {
        public String label() {
            return type == DisruptionType.OTHER ? description : type.label();
        }

        /** In force on a date: a notice or order not yet expired (an order without expiry lasts until further order). */
        public boolean inForceOn(LocalDate date) {
            return type.inForce(takenOn, expiresOn, date);
        }

        /** The details a reader needs, in one line (court and conditions, the child's notice type, the licence). */
        public String details() {
            return switch (type.details()) {
                case ORDER -> court == null ? "" : "Made by " + court + (conditions == null ? "" : ". Prohibitions: " + conditions)
                        + (expiresOn == null ? ". Until further order" : "");
                case CHILD -> cawnType == null ? "" : cawnType.label();
                case LICENCE -> authority == null ? "" : licence + ", " + authority;
                default -> description == null || type == DisruptionType.OTHER ? "" : description;
            };
        }
    }

    /** A child a CAWN can name, by identity subject, with the name to show. */
    public record CawnChild(UUID subjectId, String name) {
    }

    public record Breach(LocalDate on, String note) {
    }

    public record InvestigationAction(LocalDate on, String description, UUID recordedBy) {
    }

    public List<StageEntry> history(UUID suspectId) {
        return jdbc.sql("""
                        select stage, entered_on, outcome, outcome_group, note, recorded_by from suspect_stage_history
                        where suspect_id = ? order by entered_on, recorded_at""")
                .param(suspectId)
                .query((rs, n) -> new StageEntry(Stage.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3) == null ? null : Outcome.valueOf(rs.getString(3)).label(),
                        rs.getString(4) == null ? null : OutcomeGroup.valueOf(rs.getString(4)).label(),
                        rs.getString(5), rs.getObject(6, UUID.class)))
                .list();
    }

    public List<Disruption> disruptions(UUID suspectId) {
        Map<UUID, List<Breach>> breaches = new HashMap<>();
        jdbc.sql("""
                        select b.disruption_id, b.breached_on, b.note from disruption_breach b
                        join disruption_action d on d.id = b.disruption_id where d.suspect_id = ? order by b.breached_on, b.recorded_at""")
                .param(suspectId)
                .query(rs -> {
                    breaches.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Breach(rs.getObject(2, LocalDate.class), rs.getString(3)));
                });
        return jdbc.sql("""
                        select id, action_type, description, taken_on, expires_on, owner_user_id, child_subject_id, cawn_type,
                               court, conditions, authority, licence from disruption_action
                        where suspect_id = ? order by taken_on desc, recorded_at desc""")
                .param(suspectId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Disruption(id, DisruptionType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class),
                            rs.getObject(7, UUID.class), rs.getString(8) == null ? null : CawnType.valueOf(rs.getString(8)),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                            List.copyOf(breaches.getOrDefault(id, List.of())));
                })
                .list();
    }

    public List<InvestigationAction> investigationActions(UUID suspectId) {
        return jdbc.sql("select taken_on, description, recorded_by from investigation_action where suspect_id = ? order by taken_on desc, recorded_at desc")
                .param(suspectId)
                .query((rs, n) -> new InvestigationAction(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    static Suspect map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome"), group = rs.getString("outcome_group");
        Pathway pathway = new Pathway(Stage.valueOf(rs.getString("stage")), outcome == null ? null : Outcome.valueOf(outcome),
                group == null ? null : OutcomeGroup.valueOf(group));
        return new Suspect(rs.getObject("id", UUID.class), rs.getObject("person_entity_id", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getString("display_name"), pathway,
                rs.getObject("stage_entered_on", LocalDate.class), rs.getObject("owner_user_id", UUID.class),
                Ethnicity.valueOf(rs.getString("ethnicity")), new Nationality(rs.getString("nationality")),
                rs.getObject("named_on", LocalDate.class), rs.getInt("version"));
    }
}
