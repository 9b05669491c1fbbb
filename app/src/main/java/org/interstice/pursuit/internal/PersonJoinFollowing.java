package org.interstice.pursuit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.intelligence.PersonsJoined;
import org.interstice.intelligence.PersonsSplit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pursuit follows intelligence's joins and splits of persons: the absorbed person's suspect is re-pointed to the
 * survivor (when the survivor was no suspect) or merged into the survivor's suspect (its open alarm ended, its
 * actions still counting); a split puts it back. Both re-assess the alarm, which now counts the man, not the mention.
 */
@Component
class PersonJoinFollowing {

    private final JdbcClient jdbc;
    private final Suspects suspects;
    private final SuspectRegistration registration;
    private final AlarmSweep sweep;
    private final Clock clock;

    PersonJoinFollowing(JdbcClient jdbc, Suspects suspects, SuspectRegistration registration, AlarmSweep sweep, Clock clock) {
        this.jdbc = jdbc;
        this.suspects = suspects;
        this.registration = registration;
        this.sweep = sweep;
        this.clock = clock;
    }

    /** Locks the persons' suspects in id order, as the sweep does, so that following a join never deadlocks with a sweep. */
    private void lockInOrder(List<UUID> personIds) {
        jdbc.sql("select id from suspect where person_entity_id = any(cast(? as uuid[])) order by id for update")
                .param(AlarmSweep.array(personIds)).query(UUID.class).list();
    }

    @ApplicationModuleListener
    void on(PersonsJoined joined) {
        SuspectRegistration.holdPersons(jdbc, List.of(joined.absorbedId(), joined.survivorId()));
        lockInOrder(List.of(joined.absorbedId(), joined.survivorId()));
        Optional<Suspect> absorbed = suspects.byPerson(joined.absorbedId());
        Optional<Suspect> survivor = suspects.byPerson(joined.survivorId());
        if (absorbed.isPresent() && survivor.isEmpty()) {
            jdbc.sql("update suspect set person_entity_id = ?, version = version + 1 where id = ?").params(joined.survivorId(), absorbed.get().id()).update();
            jdbc.sql("insert into suspect_person_join (join_id, suspect_id, kind, person_id) values (?, ?, 'REPOINTED', ?) on conflict do nothing")
                    .params(joined.joinId(), absorbed.get().id(), joined.absorbedId()).update();
        } else if (absorbed.isPresent()) {
            jdbc.sql("update suspect set merged_into = ?, version = version + 1 where id = ?").params(survivor.get().id(), absorbed.get().id()).update();
            jdbc.sql("insert into suspect_person_join (join_id, suspect_id, kind, person_id) values (?, ?, 'MERGED', ?) on conflict do nothing")
                    .params(joined.joinId(), absorbed.get().id(), joined.absorbedId()).update();
            jdbc.sql("""
                            update pursuit_alarm set ended_at = ?, end_kind = 'ACTION', end_reason = ?, version = version + 1
                            where suspect_id = ? and ended_at is null""")
                    .params(Timestamp.from(clock.instant()), "Joined with " + survivor.get().name() + " as one man; the alarm follows him",
                            absorbed.get().id()).update();
        }
        registration.register(List.of(joined.survivorId()));
    }

    @ApplicationModuleListener
    void on(PersonsSplit split) {
        SuspectRegistration.holdPersons(jdbc, List.of(split.survivorId(), split.restoredId()));
        lockInOrder(List.of(split.survivorId(), split.restoredId()));
        List<UUID> touched = new ArrayList<>();
        jdbc.sql("select suspect_id, kind, person_id from suspect_person_join where join_id = ?").param(split.joinId())
                .query(rs -> {
                    UUID suspect = rs.getObject(1, UUID.class);
                    if ("REPOINTED".equals(rs.getString(2)))
                        jdbc.sql("update suspect set person_entity_id = ?, version = version + 1 where id = ?").params(rs.getObject(3, UUID.class), suspect).update();
                    else
                        jdbc.sql("update suspect set merged_into = null, version = version + 1 where id = ?").param(suspect).update();
                    touched.add(suspect);
                });
        registration.register(List.of(split.survivorId(), split.restoredId()));
        if (!touched.isEmpty()) sweep.sweep(touched, LocalDate.now(clock));
    }
}
