package org.interstice.protection.elsewhere;

import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.signals.ReturnHomeInterviewOverdue;
import org.interstice.signals.SignalRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to signals: each new signal about a known child puts the "known elsewhere" rule to that child at once (so a
 * child reaches the MASH within moments of the second police report); an overdue return home interview re-evaluates
 * the child's alarm.
 */
@Component
class SignalListener {

    private final KnownElsewhereDesk desk;
    private final ProtectionChildren children;
    private final AlarmWatch alarms;

    SignalListener(KnownElsewhereDesk desk, ProtectionChildren children, AlarmWatch alarms) {
        this.desk = desk;
        this.children = children;
        this.alarms = alarms;
    }

    @ApplicationModuleListener
    void on(SignalRecorded recorded) {
        if (recorded.subjectId() != null) {
            desk.consider(recorded.subjectId());
        }
    }

    @ApplicationModuleListener
    void on(ReturnHomeInterviewOverdue overdue) {
        if (overdue.subjectId() != null && children.exists(overdue.subjectId())) {
            alarms.reevaluate(overdue.subjectId());
        }
    }
}
