package org.interstice.signals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.interstice.signals.internal.SignalSettings;
import org.interstice.signals.internal.SignalSettings.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The "known elsewhere" rule: a child with risk signals from agencies other than children's social care at or above
 * the local rule (so many signals, or so much risk weight, within the window; or any missing episode with an
 * exploitation indicator; or so many missing episodes, one by default; or repeat missing episodes) should be in front of social care. Protection decides what
 * that means for the child (a MASH contact, or a re-screening prompt for a child already open); this class only says
 * whether the rule holds and why. {@link #candidates} is the set-based form for the sweep.
 */
@Component
public class KnownElsewhere {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Whether the rule holds for one child, with its reasons and the agency that knows most. */
    public record Assessment(UUID subjectId, boolean applies, boolean repeatMissing, int signals, int weight,
                             int exploitationSignals, UUID leadAgencyId, String leadAgency, String leadAgencyCode, String leadAgencyKind,
                             int leadAgencySignals, OffsetDateTime latestRecordedAt, List<String> reasons) {

        /** How the MASH contact is headed, for example "Notification from Northshire Police: 2 signals". */
        public String headline() {
            return "Notification from " + leadAgency + ": " + leadAgencySignals + " signal" + (leadAgencySignals == 1 ? "" : "s");
        }
    }

    /** A child for whom the rule holds, and when its newest counted signal was recorded. */
    public record Candidate(UUID subjectId, OffsetDateTime latestRecordedAt) {
    }

    private record Row(UUID agencyId, String agency, String agencyCode, String agencyKind, String kind, String label, int riskWeight,
                       boolean exploitation, boolean exploitationIndicator, OffsetDateTime occurredAt,
                       OffsetDateTime recordedAt) {
    }

    private static final String COUNTED = """
            FROM signal s JOIN signal_kind k ON k.code = s.kind JOIN agency a ON a.id = s.agency_id
            WHERE s.occurred_at >= :from AND k.risk_weight > 0 AND a.kind <> 'CHILDRENS_SOCIAL_CARE'
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignalSettings settings;

    KnownElsewhere(JdbcClient jdbc, Clock clock, SignalSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    public Assessment assess(UUID subjectId) {
        Rule rule = settings.rule();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = now.minusDays(Math.max(rule.windowDays(), rule.repeatWindowDays()));
        List<Row> all = jdbc.sql("""
                        SELECT s.agency_id, a.name AS agency, a.code AS agency_code, a.kind AS agency_kind, s.kind, k.label, k.risk_weight,
                               k.exploitation, s.exploitation_indicator, s.occurred_at, s.recorded_at
                        """ + COUNTED + " AND s.subject_id = :id ORDER BY s.occurred_at")
                .param("from", from).param("id", subjectId).query(Row.class).list();
        OffsetDateTime windowStart = now.minusDays(rule.windowDays());
        List<Row> rows = all.stream().filter(r -> !r.occurredAt().isBefore(windowStart)).toList();
        OffsetDateTime repeatStart = now.minusDays(rule.repeatWindowDays());
        long missing = all.stream().filter(r -> r.kind().equals("MISSING_EPISODE") && !r.occurredAt().isBefore(repeatStart)).count();
        int weight = rows.stream().mapToInt(Row::riskWeight).sum();
        int exploitation = (int) rows.stream().filter(r -> r.exploitation() || r.exploitationIndicator()).count();
        List<String> reasons = new ArrayList<>();
        if (rows.size() >= rule.signals() || (weight >= rule.weight() && !rows.isEmpty())) {
            Map<String, Long> byAgency = rows.stream().collect(Collectors.groupingBy(Row::agency, LinkedHashMap::new, Collectors.counting()));
            reasons.add(rows.size() + " risk signal" + (rows.size() == 1 ? "" : "s") + " from other agencies in "
                    + rule.windowDays() + " days (weight " + weight + "): "
                    + byAgency.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        List<Row> episodes = rows.stream().filter(r -> r.kind().equals("MISSING_EPISODE")).toList();
        boolean enoughEpisodes = rule.missingEpisodes() > 0 && episodes.size() >= rule.missingEpisodes();
        episodes.stream().filter(r -> enoughEpisodes || r.exploitationIndicator())
                .forEach(r -> reasons.add("Missing episode on " + DAY.format(r.occurredAt().atZoneSameInstant(clock.getZone()))
                        + (r.exploitationIndicator() ? " with an exploitation indicator" : "") + " (" + r.agency() + ")"));
        boolean repeat = missing >= rule.repeatEpisodes();
        if (repeat) {
            reasons.add(missing + " missing episodes in " + rule.repeatWindowDays() + " days");
        }
        if (rows.isEmpty()) {
            return new Assessment(subjectId, false, false, 0, 0, 0, null, null, null, null, 0, null, List.of());
        }
        Map<UUID, List<Row>> byAgency = rows.stream().collect(Collectors.groupingBy(Row::agencyId));
        List<Row> lead = byAgency.values().stream()
                .max(Comparator.<List<Row>>comparingInt(List::size)
                        .thenComparing(l -> l.get(l.size() - 1).occurredAt()))
                .orElseThrow();
        OffsetDateTime latest = rows.stream().map(Row::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
        return new Assessment(subjectId, !reasons.isEmpty(), repeat, rows.size(), weight, exploitation,
                lead.get(0).agencyId(), lead.get(0).agency(), lead.get(0).agencyCode(), lead.get(0).agencyKind(), lead.size(), latest,
                List.copyOf(reasons));
    }

    /** Every child for whom the rule holds now, in one set-based query over the window's signals. */
    public List<Candidate> candidates() {
        Rule rule = settings.rule();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int window = Math.max(rule.windowDays(), rule.repeatWindowDays());
        return jdbc.sql("""
                        SELECT s.subject_id, max(s.recorded_at) AS latest_recorded_at
                        """ + COUNTED + """
                          AND s.subject_id IS NOT NULL
                        GROUP BY s.subject_id
                        HAVING count(*) FILTER (WHERE s.occurred_at >= :windowFrom) >= :signals
                            OR (sum(k.risk_weight) FILTER (WHERE s.occurred_at >= :windowFrom) >= :weight)
                            OR bool_or(s.kind = 'MISSING_EPISODE' AND s.exploitation_indicator AND s.occurred_at >= :windowFrom)
                            OR (:missing > 0 AND count(*) FILTER (WHERE s.kind = 'MISSING_EPISODE' AND s.occurred_at >= :windowFrom) >= :missing)
                            OR count(*) FILTER (WHERE s.kind = 'MISSING_EPISODE' AND s.occurred_at >= :repeatFrom) >= :repeat""")
                .param("from", now.minusDays(window)).param("windowFrom", now.minusDays(rule.windowDays()))
                .param("repeatFrom", now.minusDays(rule.repeatWindowDays())).param("signals", rule.signals())
                .param("weight", rule.weight()).param("missing", rule.missingEpisodes()).param("repeat", rule.repeatEpisodes())
                .query(Candidate.class).list();
    }

    /** A signal from any agency that indicates exploitation: its kind or the agency's own exploitation flag. */
    public record ExploitationSignal(UUID id, String kindLabel, String agency, OffsetDateTime occurredAt) {
    }

    /** The signals indicating exploitation the child has had from any agency in the window, oldest first. */
    public List<ExploitationSignal> exploitationIndicators(UUID subjectId) {
        return jdbc.sql("""
                        SELECT s.id, k.label AS kind_label, a.name AS agency, s.occurred_at
                        FROM signal s JOIN signal_kind k ON k.code = s.kind JOIN agency a ON a.id = s.agency_id
                        WHERE s.subject_id = :id AND s.occurred_at >= :from AND (k.exploitation OR s.exploitation_indicator)
                        ORDER BY s.occurred_at, s.id""")
                .param("id", subjectId).param("from", OffsetDateTime.now(clock).minusDays(settings.rule().windowDays()))
                .query(ExploitationSignal.class).list();
    }

}
