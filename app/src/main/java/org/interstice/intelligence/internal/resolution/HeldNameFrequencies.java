package org.interstice.intelligence.internal.resolution;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.interstice.intelligence.internal.resolution.NameFrequencies.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frequencies of the names the POLE persons hold (every name any report gave them): counted from
 * {@code person_mention} when first needed and again every {@code frequencyRefresh}, and grown by one as a person is
 * given a name he did not hold, so no report waits for a count of all names. Joins and splits are caught up by the
 * next recount. ADR 0066.
 */
@Component
class HeldNameFrequencies {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ResolutionSettings settings;
    private final NameFrequencies frequencies = new NameFrequencies();
    private volatile Instant counted;

    HeldNameFrequencies(JdbcClient jdbc, Clock clock, ResolutionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** The frequencies as last counted and grown since (the same object throughout). */
    NameFrequencies frequencies() {
        return frequencies;
    }

    /** The frequencies, recounted first when the last count is older than the refresh interval. */
    NameFrequencies current() {
        Instant now = clock.instant();
        Instant last = counted;
        if (last == null || !now.isBefore(last.plus(settings.frequencyRefresh()))) recount(now);
        return frequencies;
    }

    synchronized void recount(Instant now) {
        if (counted != null && now.isBefore(counted.plus(settings.frequencyRefresh()))) return;
        frequencies.replace(Part.GIVEN, count("given_name"));
        frequencies.replace(Part.FAMILY, count("family_name"));
        frequencies.replace(Part.GIVEN_SOUND, count("given_key"));
        frequencies.replace(Part.FAMILY_SOUND, count("family_key"));
        counted = now;
    }

    private Map<String, Long> count(String column) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select " + column + ", count(distinct person_entity_id) from person_mention where " + column + " is not null group by 1")
                .query(rs -> { out.put(rs.getString(1), rs.getLong(2)); });
        return out;
    }

    /** A person was given a name: count it when he did not hold it before (the mention is not yet recorded). */
    void named(java.util.UUID person, PersonName name, boolean newPerson) {
        if (!name.present()) return;
        boolean[] held = {false, false};
        if (!newPerson) {
            jdbc.sql("""
                            select exists (select 1 from person_mention where person_entity_id = :p and given_name = :g),
                                   exists (select 1 from person_mention where person_entity_id = :p and family_name = :f)""")
                    .param("p", person).param("g", name.given()).param("f", name.family())
                    .query(rs -> { held[0] = rs.getBoolean(1); held[1] = rs.getBoolean(2); });
        }
        if (!held[0]) {
            frequencies.add(Part.GIVEN, name.given());
            frequencies.add(Part.GIVEN_SOUND, name.givenKey()); // may count a sound he held already until the next recount
        }
        if (name.family() != null && !held[1]) {
            frequencies.add(Part.FAMILY, name.family());
            frequencies.add(Part.FAMILY_SOUND, name.familyKey());
        }
    }
}
