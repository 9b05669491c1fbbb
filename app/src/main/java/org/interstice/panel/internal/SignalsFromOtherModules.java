package org.interstice.panel.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.interstice.panel.VoltSection;
import org.interstice.protection.ProtectionAlarmRaised;
import org.interstice.protection.RiskAssessed;
import org.interstice.pursuit.PursuitAlarmEscalated;
import org.interstice.pursuit.PursuitAlarmRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into reasons for the panel: protection alarms and rising risk put a child on the
 * Victims section, pursuit alarms put a suspect on the Offenders section.
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
    void on(ProtectionAlarmRaised alarm) {
        signals.record(VoltSection.VICTIMS, alarm.subjectId(), null,
                "known but not protected alarm (" + words(alarm.reasonCodes()) + ")", "protection-alarm",
                alarm.alarmId(), clock.instant());
    }

    @ApplicationModuleListener
    void on(RiskAssessed screening) {
        if (screening.rose()) {
            signals.record(VoltSection.VICTIMS, screening.subjectId(), null,
                    "exploitation risk rose to " + screening.levelLabel().toLowerCase(Locale.UK), "risk-rose",
                    screening.screeningId(), screening.screenedOn().atStartOfDay(LONDON).toInstant());
        }
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
    private static String suspectHeading(java.util.UUID subjectId, java.util.UUID suspectId) {
        return subjectId != null ? null
                : "Unidentified suspect P-" + suspectId.toString().substring(0, 8).toUpperCase(Locale.UK);
    }

    private static String words(List<String> codes) {
        return codes.stream().map(c -> c.toLowerCase(Locale.UK).replace('_', ' ')).collect(Collectors.joining(", "));
    }
}
