package org.interstice.protection.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.protection.common.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Children known to protection as a viewer may see them, with their current risk and protection at a glance. */
@Component("protectionCaseload")
public class Caseload {

    public record Row(UUID subjectId, String name, LocalDate birthDate, String riskLabel, Integer riskRank,
                      Integer riskLevelCount, LocalDate rescreenDueOn, String plans, String leadProfessional,
                      UUID responsibleTeamId, boolean alarmOpen) {
    }

    private final JdbcClient jdbc;

    Caseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> list(Scope scope, String nameContains, boolean alarmedOnly, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT c.subject_id, coalesce(c.identity_name, c.stated_name) AS name, coalesce(c.identity_birth_date, c.stated_birth_date) AS birth_date, c.risk_label, c.risk_rank,
                       c.risk_level_count, c.rescreen_due_on,
                       (SELECT string_agg(p.plan_type, ',' ORDER BY p.plan_type) FROM protection_plan p
                         WHERE p.subject_id = c.subject_id AND p.ended_on IS NULL) AS plans,
                       (SELECT l.person_name FROM lead_professional l WHERE l.subject_id = c.subject_id AND l.to_on IS NULL) AS lead_professional,
                       c.responsible_team_id,
                       EXISTS (SELECT 1 FROM protection_alarm a WHERE a.subject_id = c.subject_id AND a.ended_at IS NULL) AS alarm_open
                FROM protection_child c
                WHERE coalesce(c.identity_name, c.stated_name) ILIKE '%' || :name || '%'
                  AND (NOT :alarmed OR EXISTS (SELECT 1 FROM protection_alarm a WHERE a.subject_id = c.subject_id AND a.ended_at IS NULL))
                  AND """ + Scope.CHILD_VISIBLE + """
                 ORDER BY coalesce(c.risk_level_count - c.risk_rank, 99), coalesce(c.identity_name, c.stated_name) LIMIT :limit"""))
                .param("name", nameContains == null ? "" : nameContains.strip()).param("alarmed", alarmedOnly)
                .param("limit", limit).query(Row.class).list();
    }

    /** Whether the viewer may see this child's protection records. */
    public boolean visible(UUID subjectId, Scope scope) {
        return scope.bind(jdbc.sql("SELECT count(*) FROM protection_child c WHERE c.subject_id = :id AND " + Scope.CHILD_VISIBLE))
                .param("id", subjectId).query(Long.class).single() > 0;
    }
}
