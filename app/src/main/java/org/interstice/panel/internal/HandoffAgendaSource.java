package org.interstice.panel.internal;

import java.time.Instant;
import java.util.List;

import org.interstice.handoff.HandoffSignals;
import org.interstice.panel.AgendaSignal;
import org.interstice.panel.AgendaSource;
import org.interstice.panel.VoltSection;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Victims drawn from hand-offs: children with red, overdue or unanswered declined hand-offs. */
@Component
class HandoffAgendaSource implements AgendaSource {

    private final HandoffSignals signals;
    private final Clock clock;

    HandoffAgendaSource(HandoffSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public List<AgendaSignal> signalsSince(Instant since) {
        return signals.subjectsOfConcern(since, clock.instant()).stream()
                .map(c -> new AgendaSignal(VoltSection.VICTIMS, c.subjectId(), null, c.reason()))
                .toList();
    }
}
