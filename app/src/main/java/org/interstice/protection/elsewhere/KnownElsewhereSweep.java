package org.interstice.protection.elsewhere;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.interstice.signals.KnownElsewhere;
import org.interstice.signals.KnownElsewhere.Candidate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The set-based form of the "known elsewhere" rule, on a schedule: one query over the window's signals finds every
 * child for whom the rule holds, one query drops those whose newest signal was already acted on, and only the rest
 * are considered one by one (each in its own transaction). Catches what the event-driven path could not (a rule
 * changed by an administrator, a listener that failed).
 */
@Component
public class KnownElsewhereSweep {

    /** What one sweep found and did. */
    public record Result(int candidates, int considered, int contacts, int prompts) {
    }

    private final KnownElsewhere rule;
    private final KnownElsewhereDesk desk;
    private final JdbcClient jdbc;

    KnownElsewhereSweep(KnownElsewhere rule, KnownElsewhereDesk desk, JdbcClient jdbc) {
        this.rule = rule;
        this.desk = desk;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${interstice.protection.known-elsewhere-sweep-cron:0 7,37 * * * *}", zone = "Europe/London")
    public void scheduled() {
        sweep();
    }

    public Result sweep() {
        List<Candidate> candidates = rule.candidates();
        List<UUID> fresh = candidates.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT c.subject_id
                        FROM unnest(string_to_array(:ids, ',')::uuid[], string_to_array(:latest, ',')::timestamptz[]) AS c(subject_id, latest)
                        LEFT JOIN protection_signal_notice n ON n.subject_id = c.subject_id
                        WHERE n.subject_id IS NULL OR n.latest_signal_at < c.latest""")
                .param("ids", candidates.stream().map(c -> c.subjectId().toString()).collect(Collectors.joining(",")))
                .param("latest", candidates.stream().map(c -> c.latestRecordedAt().toString()).collect(Collectors.joining(",")))
                .query(UUID.class).list();
        int contacts = 0;
        int prompts = 0;
        for (UUID subject : fresh) {
            String action = desk.consider(subject).orElse("");
            contacts += action.equals("CONTACT") ? 1 : 0;
            prompts += action.equals("RESCREEN") ? 1 : 0;
        }
        return new Result(candidates.size(), fresh.size(), contacts, prompts);
    }
}
