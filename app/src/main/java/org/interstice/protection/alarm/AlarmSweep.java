package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.interstice.protection.config.ProtectionSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates, on a schedule, every child whose alarm can change with time alone: children with an open alarm,
 * children at the top two risk levels and children whose risk rose within the window (only they can be alarmed, so
 * a clock falling overdue or a visit ageing past the window is caught here), and children with an exploitation
 * indicator that no screening has taken into account. The candidates come from partial
 * indexes, not a scan of events. Each child is evaluated in its own transaction. "Today" comes from the Clock.
 */
@Component("protectionAlarmSweep")
public class AlarmSweep {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AlarmWatch watch;
    private final ProtectionSettings settings;
    private final RecordedIndicators indicators;

    AlarmSweep(JdbcClient jdbc, Clock clock, AlarmWatch watch, ProtectionSettings settings,
               RecordedIndicators indicators) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.clock = clock;
        this.watch = watch;
        this.settings = settings;
    }

    @Scheduled(cron = "${interstice.protection.alarm-sweep-cron:0 */15 * * * *}", zone = "Europe/London")
    public void scheduled() {
        sweep();
    }

    /** Returns how many children were evaluated. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> candidates = jdbc.sql("""
                SELECT subject_id FROM protection_alarm WHERE ended_at IS NULL
                UNION
                SELECT subject_id FROM protection_child
                WHERE risk_rank IS NOT NULL AND (risk_rank >= risk_level_count - 1 OR risk_rose_on IS NOT NULL)
                  AND (risk_rank >= greatest(2, risk_level_count - 1) OR risk_rose_on >= :riseFrom)""")
                .param("riseFrom", today.minusDays(settings.riskRiseWindowDays()))
                .query(UUID.class).list();
        Set<UUID> all = new LinkedHashSet<>(candidates);
        all.addAll(indicators.unscreened());
        all.forEach(watch::reevaluate);
        return all.size();
    }
}
