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
            registerNamed(personIds);
            return null;
        });
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
