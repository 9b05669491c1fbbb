package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interstice.intelligence.IntelligenceRecorded;
import org.interstice.intelligence.SuspectEvidence;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every person named as a suspect in intelligence becomes a suspect on the pathway: every name counts. */
@Component
class SuspectRegistration {

    private final Suspects suspects;
    private final SuspectEvidence evidence;
    private final AlarmSweep sweep;
    private final Clock clock;

    SuspectRegistration(Suspects suspects, SuspectEvidence evidence, AlarmSweep sweep, Clock clock) {
        this.suspects = suspects;
        this.evidence = evidence;
        this.sweep = sweep;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(IntelligenceRecorded recorded) {
        register(recorded.suspectPersonIds(), recorded.reportedOn());
    }

    /** Registers the people as suspects (named on the given date at the latest) and re-assesses their alarms. */
    void register(List<UUID> personIds, LocalDate namedOn) {
        List<UUID> ids = new ArrayList<>();
        for (UUID personId : personIds) {
            evidence.person(personId).ifPresent(p ->
                    ids.add(suspects.register(p.id(), p.label(), p.subjectId(), namedOn, clock.instant())));
        }
        if (!ids.isEmpty()) sweep.sweep(ids, LocalDate.now(clock));
    }
}
