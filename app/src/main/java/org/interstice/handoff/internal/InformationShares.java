package org.interstice.handoff.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.handoff.Consent;
import org.interstice.handoff.InformationShared;
import org.interstice.handoff.LawfulBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.Sql.at;
import static org.interstice.handoff.internal.Sql.instant;

/** The information-sharing records of hand-offs (append-only). */
@Component
public class InformationShares {

    /** A recorded share, as shown on the hand-off page. */
    public record Recorded(InformationShared share, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    InformationShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID handoffId, InformationShared share, Viewer viewer, Instant at) {
        jdbc.sql("""
                        insert into information_share (id, handoff_id, what_was_shared, purpose, lawful_basis, consent,
                            recorded_by_user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), handoffId, share.whatWasShared().strip(), share.purpose().strip(),
                        share.lawfulBasis().name(), share.consent().name(), viewer.userId(), at(at))
                .update();
    }

    /** For a hand-off the caller has already been allowed to see. */
    public List<Recorded> of(UUID handoffId) {
        return jdbc.sql("""
                        select s.what_was_shared, s.purpose, s.lawful_basis, s.consent, s.recorded_at,
                               coalesce(u.display_name, 'Unknown') as recorded_by
                        from information_share s left join app_user u on u.id = s.recorded_by_user_id
                        where s.handoff_id = ? order by s.recorded_at""")
                .param(handoffId)
                .query((rs, n) -> new Recorded(new InformationShared(rs.getString("what_was_shared"),
                        rs.getString("purpose"), LawfulBasis.valueOf(rs.getString("lawful_basis")),
                        Consent.valueOf(rs.getString("consent"))), rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }
}
