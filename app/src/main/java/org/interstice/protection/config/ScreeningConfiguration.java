package org.interstice.protection.config;

import java.util.List;

import org.interstice.protection.screening.ExploitationScreening;
import org.interstice.protection.screening.Indicator;
import org.interstice.protection.screening.RiskLevel;
import org.interstice.protection.screening.RiskVocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The screening tool as the partnership configured it: active indicators, vocabulary in use, scoring scheme. */
@Component("protectionScreeningConfiguration")
public class ScreeningConfiguration {

    private final JdbcClient jdbc;
    private final ProtectionSettings settings;

    ScreeningConfiguration(JdbcClient jdbc, ProtectionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<Indicator> indicators() {
        return jdbc.sql("""
                SELECT code, tier, label, census_factor FROM exploitation_indicator
                WHERE active ORDER BY sort_order""").query(Indicator.class).list();
    }

    public RiskVocabulary vocabularyInUse() {
        record Row(String code, String name) {
        }
        Row vocabulary = jdbc.sql("SELECT code, name FROM risk_vocabulary WHERE in_use").query(Row.class).single();
        List<RiskLevel> levels = jdbc.sql("SELECT rank, label, min_score FROM risk_level WHERE vocabulary_code = :code")
                .param("code", vocabulary.code()).query(RiskLevel.class).list();
        return new RiskVocabulary(vocabulary.code(), vocabulary.name(), levels);
    }

    public ExploitationScreening tool() {
        return new ExploitationScreening(settings.scoringScheme(), vocabularyInUse(), settings.rescreenAfter());
    }
}
