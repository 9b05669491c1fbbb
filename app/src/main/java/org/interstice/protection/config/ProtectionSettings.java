package org.interstice.protection.config;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.interstice.protection.alarm.AlarmRules;
import org.interstice.protection.screening.ScoringScheme;
import org.interstice.protection.timeline.Timescales;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the partnership's local settings (timescales, scores, alarm windows) from {@code protection_setting}. */
@Component("protectionProtectionSettings")
public class ProtectionSettings {

    /** One setting as configured, with where its default came from. */
    public record Setting(String key, int value, String unit, String label, String basis, boolean unverified,
                          int version, Integer statutoryCeiling, String ceilingStatute) {

        /** The statutory ceiling on this setting, if statute sets one. */
        public Optional<StatutoryCeiling> ceiling() {
            return statutoryCeiling == null ? Optional.empty()
                    : Optional.of(new StatutoryCeiling(ceilingStatute, statutoryCeiling, unit));
        }
    }

    private final JdbcClient jdbc;

    ProtectionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Setting> all() {
        return jdbc.sql("""
                SELECT key, value, unit, label, basis, unverified, version, statutory_ceiling, ceiling_statute
                FROM protection_setting ORDER BY key""")
                .query(Setting.class).list();
    }

    private Map<String, Integer> values() {
        return all().stream().collect(Collectors.toMap(Setting::key, Setting::value));
    }

    public Timescales timescales() {
        Map<String, Integer> v = values();
        return new Timescales(v.get("clock.referral-decision"), v.get("clock.assessment"),
                v.get("clock.strategy-discussion"), v.get("clock.icpc"), v.get("clock.first-review"),
                v.get("clock.later-review"), v.get("clock.visit"), v.get("clock.core-group"));
    }

    public ScoringScheme scoringScheme() {
        Map<String, Integer> v = values();
        return new ScoringScheme(v.get("score.vulnerability"), v.get("score.moderate.recent"),
                v.get("score.moderate.earlier"), v.get("score.significant.recent"), v.get("score.significant.earlier"));
    }

    public Period rescreenAfter() {
        return Period.ofMonths(values().get("screening.rescreen"));
    }

    public int recentWindowMonths() {
        return values().get("screening.recent-window");
    }

    public int earlierWindowMonths() {
        return values().get("screening.earlier-window");
    }

    public int riskRiseWindowDays() {
        return values().get("alarm.risk-rise-window");
    }

    public AlarmRules alarmRules() {
        Map<String, Integer> v = values();
        return new AlarmRules(v.get("alarm.risk-rise-window"), v.get("alarm.contact-window"));
    }

}
