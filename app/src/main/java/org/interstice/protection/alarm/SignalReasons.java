package org.interstice.protection.alarm;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.protection.child.ProtectionChildren.ChildState;
import org.interstice.signals.KnownElsewhere;
import org.interstice.signals.ReturnHomeInterviews;
import org.springframework.stereotype.Component;

/**
 * The alarm reasons that come from other agencies' signals: "not yet screened" when signals indicate exploitation
 * and nobody has screened the child (issue 14, item 2), and an overdue return home interview (issue 13).
 */
@Component
class SignalReasons {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final KnownElsewhere knownElsewhere;
    private final ReturnHomeInterviews interviews;
    private final Clock clock;

    SignalReasons(KnownElsewhere knownElsewhere, ReturnHomeInterviews interviews, Clock clock) {
        this.knownElsewhere = knownElsewhere;
        this.interviews = interviews;
        this.clock = clock;
    }

    AlarmAssessment extend(AlarmAssessment assessment, ChildState child) {
        List<AlarmReason> risk = new ArrayList<>(assessment.riskReasons());
        List<AlarmReason> gaps = new ArrayList<>(assessment.gapReasons());
        UUID id = child.subjectId();
        if (child.riskRank() == null && risk.stream().noneMatch(r -> r.code() == ReasonCode.NOT_YET_SCREENED)) {
            int signals = knownElsewhere.exploitationSignals(id);
            if (signals > 0) {
                risk.add(AlarmReason.of(ReasonCode.NOT_YET_SCREENED, "Not yet screened: " + signals + " signal"
                        + (signals == 1 ? "" : "s") + " of exploitation from other agencies in the last "
                        + knownElsewhere.windowDays() + " days"));
            }
        }
        for (ReturnHomeInterviews.Interview overdue : interviews.overdueForChild(id)) {
            gaps.add(new AlarmReason(ReasonCode.RETURN_INTERVIEW_OVERDUE, ReasonCode.RETURN_INTERVIEW_OVERDUE + ":" + overdue.id(),
                    "Return home interview not offered: the child returned " + WHEN.format(overdue.returnedAt().atZoneSameInstant(clock.getZone()))
                            + " and it was due by " + WHEN.format(overdue.dueAt().atZoneSameInstant(clock.getZone()))
                            + " (" + overdue.ownerAgency() + ")"));
        }
        return new AlarmAssessment(List.copyOf(risk), List.copyOf(gaps));
    }
}
