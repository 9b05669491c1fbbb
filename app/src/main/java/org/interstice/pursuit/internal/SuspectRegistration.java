package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every person named as a suspect in intelligence becomes a suspect on the pathway: every name counts. The names a
 * report gives reach here through {@link RegistrationQueue}, a batch at a time (ADR 0082).
 */
@Component
public class SuspectRegistration {

    private final Suspects suspects;
    private final SuspectEvidence evidence;
    private final AlarmSweep sweep;
    private final Clock clock;
    private final JdbcClient jdbc;

    SuspectRegistration(Suspects suspects, SuspectEvidence evidence, AlarmSweep sweep, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.suspects = suspects;
        this.evidence = evidence;
        this.sweep = sweep;
        this.clock = clock;
    }

    /** Registers the people as suspects, named on the date of the earliest report naming them, and re-assesses their alarms. */
    public void register(List<UUID> personIds) {
        org.interstice.GenericPlans.within(jdbc, () -> {
            holdPersons(jdbc, personIds);
            registerNamed(personIds);
            return null;
        });
    }

    /**
     * Holds the persons, until the transaction ends, against pursuit following a join or split of any of them in another
     * transaction (ADR 0082). Without it, a join committed while the queue's worker was registering the man it absorbs
     * was followed before the worker committed: the follower saw no suspect to merge, and the worker's suspect stayed
     * apart from the man he had been joined into. Advisory locks, taken in one order, before any suspect row is locked.
     */
    static void holdPersons(JdbcClient jdbc, java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) return;
        jdbc.sql("""
                        select pg_advisory_xact_lock(k) from (
                            select distinct hashtextextended('pursuit-person:' || p, 0) as k from unnest(cast(? as uuid[])) as p) keys
                        order by k""")
                .param(AlarmSweep.array(personIds)).query((rs, n) -> 1).list();
    }

    private void registerNamed(List<UUID> personIds) {
        List<Suspects.Registration> named = new ArrayList<>();
        var namedSuspects = evidence.namedSuspects(personIds);
        for (UUID personId : personIds) {
            var n = namedSuspects.get(personId);
            if (n != null) named.add(new Suspects.Registration(personId, n.person().label(), n.person().subjectId(), n.firstNamedOn()));
        }
        List<UUID> ids = suspects.register(named, clock.instant());
        if (!ids.isEmpty()) sweep.sweep(ids, LocalDate.now(clock));
    }
}
