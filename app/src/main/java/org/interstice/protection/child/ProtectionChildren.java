package org.interstice.protection.child;

import java.time.LocalDate;
import java.util.List;
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

    /** Which of these subjects protection holds as children (one query). */
    public List<UUID> existing(java.util.Collection<UUID> subjectIds) {
        return jdbc.sql("SELECT DISTINCT subject_id FROM protection_child WHERE subject_id = any(:ids)")
                .param("ids", subjectIds.toArray(UUID[]::new)).query(UUID.class).list();
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

    /**
     * Moves every protection record of {@code absorbed} to {@code survivor} after identity merged the two subjects.
     * Where both had something that may exist only once (an open alarm, a current lead professional, an active plan
     * of one type) the absorbed child's one is ended; the summary row keeps the later risk assessment. The caller
     * re-evaluates the survivor's alarm. Returns false when protection held nothing about the absorbed subject.
     */
    public boolean follow(UUID absorbed, UUID survivor, java.time.OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        if (absorbed.equals(survivor) || !exists(absorbed)) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO protection_child (subject_id, stated_name, stated_birth_date)
                SELECT :survivor, stated_name, stated_birth_date FROM protection_child WHERE subject_id = :absorbed
                ON CONFLICT (subject_id) DO NOTHING""").param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("""
                UPDATE protection_child s SET
                    stated_birth_date = coalesce(s.stated_birth_date, a.stated_birth_date),
                    responsible_team_id = coalesce(s.responsible_team_id, a.responsible_team_id),
                    risk_rank = CASE WHEN s.risk_assessed_on IS NULL OR a.risk_assessed_on > s.risk_assessed_on THEN coalesce(a.risk_rank, s.risk_rank) ELSE s.risk_rank END,
                    risk_level_count = CASE WHEN s.risk_assessed_on IS NULL OR a.risk_assessed_on > s.risk_assessed_on THEN coalesce(a.risk_level_count, s.risk_level_count) ELSE s.risk_level_count END,
                    risk_label = CASE WHEN s.risk_assessed_on IS NULL OR a.risk_assessed_on > s.risk_assessed_on THEN coalesce(a.risk_label, s.risk_label) ELSE s.risk_label END,
                    risk_assessed_on = greatest(s.risk_assessed_on, a.risk_assessed_on),
                    risk_rose_on = greatest(s.risk_rose_on, a.risk_rose_on),
                    rescreen_due_on = CASE WHEN s.risk_assessed_on IS NULL OR a.risk_assessed_on > s.risk_assessed_on THEN coalesce(a.rescreen_due_on, s.rescreen_due_on) ELSE s.rescreen_due_on END,
                    last_seen_on = greatest(s.last_seen_on, a.last_seen_on),
                    version = s.version + 1
                FROM protection_child a WHERE s.subject_id = :survivor AND a.subject_id = :absorbed""")
                .param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("""
                UPDATE protection_alarm SET ended_at = :now, ended_how = 'CONDITION_CLEARED', evaluated_at = :now,
                       end_reason = 'Merged into the alarm of the same child in the single view', version = version + 1
                WHERE subject_id = :absorbed AND ended_at IS NULL
                  AND EXISTS (SELECT 1 FROM protection_alarm o WHERE o.subject_id = :survivor AND o.ended_at IS NULL)""")
                .param("now", now).param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("""
                UPDATE lead_professional SET to_on = :today WHERE subject_id = :absorbed AND to_on IS NULL
                  AND EXISTS (SELECT 1 FROM lead_professional o WHERE o.subject_id = :survivor AND o.to_on IS NULL)""")
                .param("today", today).param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("""
                UPDATE protection_plan p SET ended_on = :today, end_reason = 'Merged with the same plan of the same child',
                       version = p.version + 1
                WHERE p.subject_id = :absorbed AND p.ended_on IS NULL
                  AND EXISTS (SELECT 1 FROM protection_plan o WHERE o.subject_id = :survivor AND o.ended_on IS NULL AND o.plan_type = p.plan_type)""")
                .param("today", today).param("survivor", survivor).param("absorbed", absorbed).update();
        jdbc.sql("""
                DELETE FROM assessment_factor_identified f WHERE f.subject_id = :absorbed
                  AND EXISTS (SELECT 1 FROM assessment_factor_identified o WHERE o.subject_id = :survivor
                              AND o.completed_on = f.completed_on AND o.factor_code = f.factor_code)""")
                .param("survivor", survivor).param("absorbed", absorbed).update();
        for (String table : List.of("protection_contact", "exploitation_screening", "statutory_clock", "protection_plan",
                "lead_professional", "child_seen", "protection_alarm", "assessment_factor_identified")) {
            jdbc.sql("UPDATE " + table + " SET subject_id = :survivor WHERE subject_id = :absorbed")
                    .param("survivor", survivor).param("absorbed", absorbed).update();
        }
        jdbc.sql("DELETE FROM protection_child WHERE subject_id = :absorbed").param("absorbed", absorbed).update();
        return true;
    }
}
