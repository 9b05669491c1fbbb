package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Suspects for the list page, and how complete their ethnicity and nationality are (the 2025 national audit's demand). */
@Component
public class SuspectList {

    private final JdbcClient jdbc;

    SuspectList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(Suspect suspect, boolean alarmed, int disruptions) {
    }

    /** Counts of suspects by recorded value: known, refused, not yet obtained. */
    public record Completeness(long suspects, long ethnicityKnown, long ethnicityRefused, long ethnicityNotObtained,
                               long nationalityKnown, long nationalityRefused, long nationalityNotObtained) {
        public long ethnicityPercent() { return suspects == 0 ? 0 : Math.round(100.0 * ethnicityKnown / suspects); }
        public long nationalityPercent() { return suspects == 0 ? 0 : Math.round(100.0 * nationalityKnown / suspects); }
    }

    public List<Row> rows(String stage, int limit) {
        return jdbc.sql("select " + Suspects.COLUMNS + """
                        , exists (select 1 from pursuit_alarm a where a.suspect_id = s.id and a.ended_at is null) as alarmed,
                          (select count(*) from disruption_action d where d.suspect_id = s.id) as disruptions
                        from suspect s where s.merged_into is null and (cast(:stage as text) is null or s.stage = :stage)
                        order by alarmed desc, s.named_on, s.display_name limit :limit""")
                .param("stage", stage).param("limit", limit)
                .query((rs, n) -> new Row(Suspects.map(rs), rs.getBoolean("alarmed"), rs.getInt("disruptions"))).list();
    }

    public Completeness completeness() {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where ethnicity not in ('REFU', 'NOBT')), count(*) filter (where ethnicity = 'REFU'),
                               count(*) filter (where ethnicity = 'NOBT'),
                               count(*) filter (where nationality not in ('REFU', 'NOBT')), count(*) filter (where nationality = 'REFU'),
                               count(*) filter (where nationality = 'NOBT')
                        from suspect where merged_into is null""")
                .query((rs, n) -> new Completeness(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)))
                .single();
    }

}
