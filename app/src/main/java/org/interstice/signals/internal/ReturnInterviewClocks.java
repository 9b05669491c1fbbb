package org.interstice.signals.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.AgencyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens the return home interview clock of a missing episode: due within the offer timescale (a setting; 72 hours
 * in the statutory guidance) of the child's return, owned by the local authority's children's social care, which
 * the guidance makes responsible for offering it.
 */
@Component
public class ReturnInterviewClocks {

    private final JdbcClient jdbc;
    private final SignalSettings settings;
    private final Agencies agencies;

    ReturnInterviewClocks(JdbcClient jdbc, SignalSettings settings, Agencies agencies) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.agencies = agencies;
    }

    public void open(UUID episodeId, UUID subjectId, OffsetDateTime returnedAt) {
        UUID owner = agencies.all().stream().filter(a -> a.kind() == AgencyKind.CHILDRENS_SOCIAL_CARE)
                .map(Agency::id).findFirst().orElse(null);
        if (owner == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO return_home_interview (id, episode_id, subject_id, returned_at, due_at, owner_agency_id)
                VALUES (:id, :episode, :subject, :returned, :due, :owner) ON CONFLICT (episode_id) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("episode", episodeId).param("subject", subjectId)
                .param("returned", returnedAt).param("due", returnedAt.plusHours(settings.rule().offerHours()))
                .param("owner", owner).update();
    }
}
