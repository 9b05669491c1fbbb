package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.protection.ExploitationIndicatorKnown;
import org.interstice.protection.ExploitationIndicatorSource;
import org.interstice.signals.KnownElsewhere;
import org.springframework.stereotype.Component;

/**
 * Other agencies' signals that indicate exploitation (a kind that does, such as a police report naming the child at
 * risk, or any signal the agency flagged), as exploitation indicators: a child with one that no screening has taken
 * into account raises "known but not protected" with the reason "Not yet screened: ..." (issue 14 item 2, issue 13;
 * ADR 0041). As with a CIN factor (known on the day the assessment completed), a signal counts from the day it
 * happened: a screening that day or later is taken to have considered it. A signal about an earlier event that
 * arrives after a screening still reaches social care, as the "known elsewhere" re-screening prompt.
 */
@Component
class SignalIndicators implements ExploitationIndicatorSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final KnownElsewhere knownElsewhere;
    private final Clock clock;

    SignalIndicators(KnownElsewhere knownElsewhere, Clock clock) {
        this.knownElsewhere = knownElsewhere;
        this.clock = clock;
    }

    @Override
    public List<ExploitationIndicatorKnown> known(UUID subjectId) {
        return knownElsewhere.exploitationIndicators(subjectId).stream()
                .map(s -> new ExploitationIndicatorKnown("SIGNAL:" + s.id(),
                        s.kindLabel().toLowerCase(Locale.UK) + " on "
                                + DAY.format(s.occurredAt().atZoneSameInstant(clock.getZone())) + " (" + s.agency() + ")",
                        s.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate()))
                .toList();
    }
}
