package org.interstice.signals.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership's signal settings ({@code signal_setting}), read fresh each time so an edit takes effect at once. */
@Component
public class SignalSettings {

    /** The known-elsewhere rule and the return home interview and repeat-missing timescales. */
    public record Rule(int windowDays, int signals, int weight, int missingEpisodes, int offerHours, int repeatEpisodes,
                       int repeatWindowDays) {
    }

    private record Row(String key, int value) {
    }

    private final JdbcClient jdbc;

    SignalSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Rule rule() {
        Map<String, Integer> v = jdbc.sql("SELECT key, value FROM signal_setting").query(Row.class).list().stream()
                .collect(Collectors.toMap(Row::key, Row::value));
        return new Rule(v.get("known-elsewhere.window"), v.get("known-elsewhere.signals"), v.get("known-elsewhere.weight"),
                v.get("known-elsewhere.missing"),
                v.get("return-interview.offer"), v.get("repeat-missing.episodes"), v.get("repeat-missing.window"));
    }
}
