package org.interstice.protection.config;

import java.util.List;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.common.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the partnership's local policy for protection: timescales and scores, MASH RAG timescales, the risk
 * vocabulary in use and which screening indicators are active. Only a partnership lead may change them; every change is audited in the same transaction and applies from then on (stored deadlines and
 * screening results keep the values they were computed with).
 */
@Component("protectionLocalPolicy")
public class LocalPolicy {

    /** A RAG rating with its version, for editing. */
    public record RagRow(String code, String label, String meaning, int completionHours, int version) {
    }

    /** A vocabulary and its levels, for choosing. */
    public record VocabularyRow(String code, String name, boolean inUse, String levels) {
    }

    /** An indicator and whether it is offered on the screening form. */
    public record IndicatorRow(String code, String tier, String label, String censusFactor, boolean active, int version) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;

    LocalPolicy(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<RagRow> ragRatings() {
        return jdbc.sql("SELECT code, label, meaning, completion_hours, version FROM mash_rag_rating ORDER BY sort_order")
                .query(RagRow.class).list();
    }

    public List<VocabularyRow> vocabularies() {
        return jdbc.sql("""
                SELECT v.code, v.name, v.in_use,
                       (SELECT string_agg(l.label || ' (from ' || l.min_score || ')', ', ' ORDER BY l.rank)
                        FROM risk_level l WHERE l.vocabulary_code = v.code) AS levels
                FROM risk_vocabulary v ORDER BY v.name""").query(VocabularyRow.class).list();
    }

    public List<IndicatorRow> indicators() {
        return jdbc.sql("SELECT code, tier, label, census_factor, active, version FROM exploitation_indicator ORDER BY sort_order")
                .query(IndicatorRow.class).list();
    }

    @Transactional
    public void changeSetting(String key, Integer value, int expectedVersion, Viewer viewer) {
        requireAdministrator(viewer);
        if (value == null || value < 0 || value > 1000) {
            throw new Refusal("value", "Enter a whole number from 0 to 1000");
        }
        record Ceiling(Integer statutoryCeiling, String ceilingStatute, String unit) {
        }
        jdbc.sql("SELECT statutory_ceiling, ceiling_statute, unit FROM protection_setting WHERE key = :key")
                .param("key", key).query(Ceiling.class).optional()
                .filter(c -> c.statutoryCeiling() != null)
                .flatMap(c -> new StatutoryCeiling(c.ceilingStatute(), c.statutoryCeiling(), c.unit()).refusal(value))
                .ifPresent(refusal -> {
                    throw new Refusal("value", refusal);
                });
        int updated = jdbc.sql("UPDATE protection_setting SET value = :value, version = version + 1 WHERE key = :key AND version = :version")
                .param("value", value).param("key", key).param("version", expectedVersion).update();
        requireUpdated(updated);
        audit.change(viewer, "protection.setting.changed", "protection-setting", key + "=" + value);
    }

    @Transactional
    public void changeRag(String code, Integer hours, int expectedVersion, Viewer viewer) {
        requireAdministrator(viewer);
        if (hours == null || hours < 1 || hours > 240) {
            throw new Refusal("hours", "Enter a whole number of hours from 1 to 240");
        }
        int updated = jdbc.sql("UPDATE mash_rag_rating SET completion_hours = :hours, version = version + 1 WHERE code = :code AND version = :version")
                .param("hours", hours).param("code", code).param("version", expectedVersion).update();
        requireUpdated(updated);
        audit.change(viewer, "protection.rag-timescale.changed", "mash-rag-rating", code + "=" + hours + "h");
    }

    @Transactional
    public void chooseVocabulary(String code, Viewer viewer) {
        requireAdministrator(viewer);
        boolean exists = jdbc.sql("SELECT count(*) FROM risk_vocabulary WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new Refusal("vocabulary", "Choose one of the vocabularies");
        }
        jdbc.sql("UPDATE risk_vocabulary SET in_use = false WHERE in_use AND code <> :code").param("code", code).update();
        jdbc.sql("UPDATE risk_vocabulary SET in_use = true WHERE code = :code").param("code", code).update();
        audit.change(viewer, "protection.risk-vocabulary.chosen", "risk-vocabulary", code);
    }

    @Transactional
    public void setIndicatorActive(String code, boolean active, int expectedVersion, Viewer viewer) {
        requireAdministrator(viewer);
        int updated = jdbc.sql("UPDATE exploitation_indicator SET active = :active, version = version + 1 WHERE code = :code AND version = :version")
                .param("active", active).param("code", code).param("version", expectedVersion).update();
        requireUpdated(updated);
        audit.change(viewer, active ? "protection.indicator.activated" : "protection.indicator.retired", "exploitation-indicator", code);
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.hasRole(Role.PARTNERSHIP_LEAD)) {
            throw new Refusal(null, "Only a partnership lead can change local policy");
        }
    }

    private static void requireUpdated(int updated) {
        if (updated != 1) {
            throw new Refusal(null, "Someone else changed this setting, or it does not exist; reload the page and try again");
        }
    }
}
