package org.interstice.protection.child;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The per-child protection summary row: responsible team, current risk and when the child was last seen. */
@Component("protectionProtectionChildren")
public class ProtectionChildren {

    /** The summary as stored. */
    public record ChildState(UUID subjectId, UUID responsibleTeamId, Integer riskRank, Integer riskLevelCount,
                             String riskLabel, LocalDate riskAssessedOn, LocalDate riskRoseOn,
                             LocalDate rescreenDueOn, LocalDate lastSeenOn) {
    }

    private final JdbcClient jdbc;

    ProtectionChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the child has a summary row; keeps the first stated name. */
    public void ensure(UUID subjectId, String statedName, LocalDate statedBirthDate) {
        jdbc.sql("""
                INSERT INTO protection_child (subject_id, stated_name, stated_birth_date) VALUES (:id, :name, :dob)
                ON CONFLICT (subject_id) DO UPDATE SET stated_birth_date = coalesce(protection_child.stated_birth_date, EXCLUDED.stated_birth_date)""")
                .param("id", subjectId).param("name", statedName).param("dob", statedBirthDate).update();
    }

    public boolean exists(UUID subjectId) {
        return jdbc.sql("SELECT count(*) FROM protection_child WHERE subject_id = :id").param("id", subjectId)
                .query(Long.class).single() > 0;
    }

    /** Locks the child's row so that concurrent re-evaluations of one child happen one after another. */
    public Optional<ChildState> lock(UUID subjectId) {
        return jdbc.sql("""
                SELECT subject_id, responsible_team_id, risk_rank, risk_level_count, risk_label, risk_assessed_on,
                       risk_rose_on, rescreen_due_on, last_seen_on
                FROM protection_child WHERE subject_id = :id FOR UPDATE""")
                .param("id", subjectId).query(ChildState.class).optional();
    }

    public Optional<ChildState> state(UUID subjectId) {
        return jdbc.sql("""
                SELECT subject_id, responsible_team_id, risk_rank, risk_level_count, risk_label, risk_assessed_on,
                       risk_rose_on, rescreen_due_on, last_seen_on
                FROM protection_child WHERE subject_id = :id""")
                .param("id", subjectId).query(ChildState.class).optional();
    }

    public void assignTeam(UUID subjectId, UUID teamId) {
        jdbc.sql("UPDATE protection_child SET responsible_team_id = :team, version = version + 1 WHERE subject_id = :id")
                .param("team", teamId).param("id", subjectId).update();
    }

    public void assignTeamIfNone(UUID subjectId, UUID teamId) {
        jdbc.sql("UPDATE protection_child SET responsible_team_id = :team WHERE subject_id = :id AND responsible_team_id IS NULL")
                .param("team", teamId).param("id", subjectId).update();
    }

    public void riskAssessed(UUID subjectId, int rank, int levelCount, String label, LocalDate on, LocalDate roseOn,
                             LocalDate rescreenDue) {
        jdbc.sql("""
                UPDATE protection_child SET risk_rank = :rank, risk_level_count = :count, risk_label = :label,
                       risk_assessed_on = :on, risk_rose_on = :rose, rescreen_due_on = :rescreen, version = version + 1
                WHERE subject_id = :id""")
                .param("rank", rank).param("count", levelCount).param("label", label).param("on", on)
                .param("rose", roseOn).param("rescreen", rescreenDue).param("id", subjectId).update();
    }

    public void seen(UUID subjectId, LocalDate on) {
        jdbc.sql("UPDATE protection_child SET last_seen_on = greatest(coalesce(last_seen_on, :on), :on) WHERE subject_id = :id")
                .param("on", on).param("id", subjectId).update();
    }
}
