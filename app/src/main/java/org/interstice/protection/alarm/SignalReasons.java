package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.protection.child.ProtectionChildren.ChildState;
import org.interstice.signals.ReturnHomeInterviews;
import org.springframework.stereotype.Component;

/**
 * The gap in protection that comes from other agencies' signals: a return home interview not offered in time
 * (issue 13). Signals that indicate exploitation reach the alarm as "not yet screened" through
 * {@link SignalIndicators}, like every other exploitation indicator (ADR 0041).
 */
@Component
class SignalReasons {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ReturnHomeInterviews interviews;
    private final Clock clock;

    SignalReasons(ReturnHomeInterviews interviews, Clock clock) {
        this.interviews = interviews;
        this.clock = clock;
    }

    AlarmAssessment extend(AlarmAssessment assessment, ChildState child) {
        List<AlarmReason> gaps = new ArrayList<>(assessment.gapReasons());
        UUID id = child.subjectId();
        for (ReturnHomeInterviews.Interview overdue : interviews.overdueForChild(id)) {
            gaps.add(new AlarmReason(ReasonCode.RETURN_INTERVIEW_OVERDUE, ReasonCode.RETURN_INTERVIEW_OVERDUE + ":" + overdue.id(),
                    "Return home interview not offered: the child returned " + WHEN.format(overdue.returnedAt().atZoneSameInstant(clock.getZone()))
                            + " and it was due by " + WHEN.format(overdue.dueAt().atZoneSameInstant(clock.getZone()))
                            + " (" + overdue.ownerAgency() + ")"));
        }
        return new AlarmAssessment(assessment.riskReasons(), List.copyOf(gaps));
    }
}
