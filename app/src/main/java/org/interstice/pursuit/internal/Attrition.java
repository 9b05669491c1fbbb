package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attrition through the justice pathway for suspects named in a period: how many reached each stage, how long
 * they spent there, how many are still there, and where pathways stopped (outcome and the stage before it).
 */
@Component
public class Attrition {

    private final JdbcClient jdbc;
    private final Clock clock;

    Attrition(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record StageRow(Stage stage, int reached, int stillHere, Integer medianDays, Integer longestDays) {
    }

    public record Stop(Stage stoppedAfter, String outcome, String outcomeGroup, int suspects) {
    }

    /** Disruption actions against these suspects, by type: how many were taken, are in force today, were breached. */
    public record DisruptionRow(DisruptionType type, int taken, int suspects, int inForce, int breached) {
    }

    public record Report(LocalDate from, LocalDate to, int named, List<StageRow> stages, List<Stop> stops,
                         List<DisruptionRow> disruptions) {
    }

    private record Entry(UUID suspect, Stage stage, LocalDate on, String outcome, String group) {
    }

    public Report between(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = jdbc.sql("""
                        select h.suspect_id, h.stage, h.entered_on, h.outcome, h.outcome_group from suspect_stage_history h
                        join suspect s on s.id = h.suspect_id
                        where s.named_on between ? and ? order by h.suspect_id, h.entered_on, h.recorded_at""")
                .params(from, to)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), Stage.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
        Map<UUID, List<Entry>> bySuspect = new LinkedHashMap<>();
        entries.forEach(e -> bySuspect.computeIfAbsent(e.suspect(), k -> new ArrayList<>()).add(e));

        Map<Stage, Set<UUID>> reached = new EnumMap<>(Stage.class);
        Map<Stage, List<Long>> durations = new EnumMap<>(Stage.class);
        Map<Stage, Integer> still = new EnumMap<>(Stage.class);
        Map<List<String>, Integer> stops = new LinkedHashMap<>();
        for (List<Entry> path : bySuspect.values()) {
            for (int i = 0; i < path.size(); i++) {
                Entry e = path.get(i);
                reached.computeIfAbsent(e.stage(), k -> new HashSet<>()).add(e.suspect());
                if (e.stage() == Stage.OUTCOME) {
                    Stage before = i > 0 ? path.get(i - 1).stage() : Stage.NAMED;
                    stops.merge(List.of(before.name(), e.outcome(), e.group() == null ? "" : e.group()), 1, Integer::sum);
                    continue;
                }
                LocalDate end = i + 1 < path.size() ? path.get(i + 1).on() : today;
                durations.computeIfAbsent(e.stage(), k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(e.on(), end));
                if (i == path.size() - 1) still.merge(e.stage(), 1, Integer::sum);
            }
        }
        List<StageRow> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<Long> d = durations.getOrDefault(s, List.of()).stream().sorted().toList();
            rows.add(new StageRow(s, reached.getOrDefault(s, Set.of()).size(), still.getOrDefault(s, 0),
                    d.isEmpty() ? null : (int) (long) d.get(d.size() / 2), d.isEmpty() ? null : (int) (long) d.get(d.size() - 1)));
        }
        List<Stop> stopRows = stops.entrySet().stream()
                .map(e -> new Stop(Stage.valueOf(e.getKey().get(0)), Outcome.valueOf(e.getKey().get(1)).label(),
                        e.getKey().get(2).isEmpty() ? "" : OutcomeGroup.valueOf(e.getKey().get(2)).label(), e.getValue()))
                .sorted(Comparator.comparingInt(Stop::suspects).reversed().thenComparing(s -> s.stoppedAfter().ordinal()))
                .toList();
        return new Report(from, to, bySuspect.size(), rows, stopRows, disruptions(from, to, today));
    }

    private List<DisruptionRow> disruptions(LocalDate from, LocalDate to, LocalDate today) {
        Map<DisruptionType, int[]> counts = new EnumMap<>(DisruptionType.class);
        Map<DisruptionType, Set<UUID>> suspects = new EnumMap<>(DisruptionType.class);
        jdbc.sql("""
                        select d.action_type, d.taken_on, d.expires_on, d.suspect_id,
                               exists (select 1 from disruption_breach b where b.disruption_id = d.id and b.breached_on <= :today) as breached
                        from disruption_action d join suspect s on s.id = d.suspect_id
                        where s.named_on between :from and :to and d.taken_on <= :today""")
                .param("from", from).param("to", to).param("today", today)
                .query(rs -> {
                    DisruptionType type = DisruptionType.valueOf(rs.getString(1));
                    boolean breached = rs.getBoolean(5);
                    int[] c = counts.computeIfAbsent(type, k -> new int[3]);
                    c[0]++;
                    if (!breached && type.inForce(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), today)) c[1]++;
                    if (breached) c[2]++;
                    suspects.computeIfAbsent(type, k -> new HashSet<>()).add(rs.getObject(4, UUID.class));
                });
        return counts.entrySet().stream()
                .map(e -> new DisruptionRow(e.getKey(), e.getValue()[0], suspects.get(e.getKey()).size(), e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
