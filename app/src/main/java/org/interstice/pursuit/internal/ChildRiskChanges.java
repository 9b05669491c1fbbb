package org.interstice.pursuit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.protection.RiskAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When protection screens a child, the suspects linked to that child are re-assessed at once: a child whose risk
 * rises into the top levels starts counting towards the alarm, one whose risk falls stops counting.
 */
@Component
class ChildRiskChanges {

    private final SuspectEvidence evidence;
    private final Suspects suspects;
    private final AlarmSweep sweep;
    private final Clock clock;

    ChildRiskChanges(SuspectEvidence evidence, Suspects suspects, AlarmSweep sweep, Clock clock) {
        this.evidence = evidence;
        this.suspects = suspects;
        this.sweep = sweep;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RiskAssessed screening) {
        List<UUID> ids = evidence.suspectsLinkedToChild(screening.subjectId()).stream()
                .map(suspects::byPerson).flatMap(java.util.Optional::stream).map(Suspect::id).toList();
        if (!ids.isEmpty()) sweep.sweep(ids, LocalDate.now(clock));
    }
}
