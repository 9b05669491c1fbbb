package org.interstice.panel.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.interstice.panel.VoltSection;
import org.interstice.pursuit.PursuitAlarmEscalated;
import org.interstice.pursuit.PursuitAlarmRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into reasons for the panel: pursuit alarms put a suspect on the Offenders section.
 * (Protection's alarms and rising risk will put a child on the Victims section the same way once on main.)
 */
@Component
class SignalsFromOtherModules {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PanelSignals signals;
    private final Clock clock;

    SignalsFromOtherModules(PanelSignals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PursuitAlarmRaised alarm) {
        signals.record(VoltSection.OFFENDERS, alarm.subjectId(), suspectHeading(alarm.subjectId(), alarm.suspectId()),
                "named but not pursued alarm", "pursuit-alarm", alarm.alarmId(), clock.instant());
    }

    @ApplicationModuleListener
    void on(PursuitAlarmEscalated alarm) {
        signals.record(VoltSection.OFFENDERS, alarm.subjectId(), suspectHeading(alarm.subjectId(), alarm.suspectId()),
                "named but not pursued alarm escalated to the panel", "pursuit-escalated", alarm.alarmId(),
                alarm.escalatedOn().atStartOfDay(LONDON).toInstant());
    }

    /** A suspect not yet identified as a subject is discussed under the suspect's own reference. */
    private static String suspectHeading(UUID subjectId, UUID suspectId) {
        return subjectId != null ? null
                : "Unidentified suspect P-" + suspectId.toString().substring(0, 8).toUpperCase(Locale.UK);
    }
}
