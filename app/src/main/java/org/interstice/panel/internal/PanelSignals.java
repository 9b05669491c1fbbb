package org.interstice.panel.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.interstice.panel.AgendaSignal;
import org.interstice.panel.AgendaSource;
import org.interstice.panel.VoltSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals other modules sent the panel by events, stored so that an agenda drawn up later still sees them; an
 * agenda source over them. Recording the same source event twice keeps one signal.
 */
@Component
public class PanelSignals implements AgendaSource {

    /** How many children and suspects other modules raised to the panel in a period, by reason. */
    public record Counts(long childrenAlarmed, long childrenRisingRisk, long suspectsAlarmed) {
    }

    private final JdbcClient jdbc;

    PanelSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(VoltSection section, UUID subjectId, String heading, String reason, String source, UUID sourceId,
            Instant raisedAt) {
        jdbc.sql("""
                        insert into panel_signal (section, subject_id, heading, reason, source, source_id, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (source, source_id) do nothing""")
                .params(section.name(), subjectId, heading, reason, source, sourceId, raisedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Distinct children and suspects signalled from {@code from} (inclusive) to {@code to} (exclusive). */
    public Counts between(Instant from, Instant to) {
        return jdbc.sql("""
                        select count(distinct subject_id) filter (where source = 'protection-alarm'),
                               count(distinct subject_id) filter (where source = 'risk-rose'),
                               count(distinct coalesce(subject_id::text, heading)) filter (where source = 'pursuit-alarm')
                        from panel_signal where raised_at >= ? and raised_at < ?""")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    @Override
    public List<AgendaSignal> signalsSince(Instant since) {
        return jdbc.sql("""
                        select section, subject_id, heading, reason from panel_signal
                        where raised_at >= ? order by raised_at""")
                .param(since.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new AgendaSignal(VoltSection.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }
}
