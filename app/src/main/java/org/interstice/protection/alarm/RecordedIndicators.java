package org.interstice.protection.alarm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.protection.ExploitationIndicatorKnown;
import org.interstice.protection.ExploitationIndicatorSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exploitation indicators protection itself records: CIN census factors identified at assessment 11A (child sexual
 * exploitation) and 24A (child criminal exploitation), and an active child protection plan whose latest category is
 * sexual abuse (CSE has no CP category of its own and is normally recorded as sexual abuse: docs/domain.md
 * sections 1 and 5). Issue 14 item 2; ADR 0041.
 */
@Component("protectionRecordedIndicators")
class RecordedIndicators implements ExploitationIndicatorSource {

    static final List<String> EXPLOITATION_FACTORS = List.of("11A", "24A");
    static final String SEXUAL_ABUSE = "SAB";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;

    RecordedIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record FactorRow(String code, String label, LocalDate lastOn) {
    }

    @Override
    public List<ExploitationIndicatorKnown> known(UUID subjectId) {
        List<ExploitationIndicatorKnown> known = new ArrayList<>();
        jdbc.sql("""
                SELECT f.factor_code AS code, c.label, max(f.completed_on) AS last_on
                FROM assessment_factor_identified f
                JOIN census_code c ON c.code_list = 'ASSESSMENT_FACTOR' AND c.code = f.factor_code
                WHERE f.subject_id = :id AND f.factor_code IN (:codes)
                GROUP BY f.factor_code, c.label ORDER BY f.factor_code""")
                .param("id", subjectId).param("codes", EXPLOITATION_FACTORS).query(FactorRow.class).list()
                .forEach(f -> known.add(new ExploitationIndicatorKnown("CIN:" + f.code(),
                        "CIN factor " + f.code() + " (" + f.label().toLowerCase(Locale.UK) + ") recorded on "
                                + DAY.format(f.lastOn()), f.lastOn())));
        jdbc.sql("""
                SELECT latest_category_since FROM protection_plan
                WHERE subject_id = :id AND plan_type = 'CHILD_PROTECTION' AND ended_on IS NULL AND latest_category = :sab""")
                .param("id", subjectId).param("sab", SEXUAL_ABUSE).query(LocalDate.class).optional()
                .ifPresent(since -> known.add(new ExploitationIndicatorKnown("CP_PLAN:SAB",
                        "on a child protection plan under sexual abuse since " + DAY.format(since), since)));
        return known;
    }

    /**
     * Children with one of these indicators that no screening has taken into account, for the sweep (an alarm
     * raised before a deployment of this rule, or data loaded in bulk, is then caught within one sweep).
     */
    List<UUID> unscreened() {
        return jdbc.sql("""
                SELECT f.subject_id FROM assessment_factor_identified f JOIN protection_child c ON c.subject_id = f.subject_id
                WHERE f.factor_code IN (:codes) AND (c.risk_assessed_on IS NULL OR c.risk_assessed_on < f.completed_on)
                UNION
                SELECT p.subject_id FROM protection_plan p JOIN protection_child c ON c.subject_id = p.subject_id
                WHERE p.plan_type = 'CHILD_PROTECTION' AND p.ended_on IS NULL AND p.latest_category = :sab
                  AND (c.risk_assessed_on IS NULL OR c.risk_assessed_on < p.latest_category_since)""")
                .param("codes", EXPLOITATION_FACTORS).param("sab", SEXUAL_ABUSE).query(UUID.class).list();
    }
}
