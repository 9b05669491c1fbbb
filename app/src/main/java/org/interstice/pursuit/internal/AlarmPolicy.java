package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
/**
 * Local policy for the "named but not pursued" alarm. The defaults follow the issue: 3 independent reports or 2
 * children at risk, 28 days without a pursuit or disruption action, escalation to the panel after 14 more days.
 */
public record AlarmPolicy(int independentReports, int childrenAtRisk, int daysWithoutAction, int daysToEscalate) {

    public static final AlarmPolicy DEFAULT = new AlarmPolicy(3, 2, 28, 14);

    public AlarmPolicy {
        if (independentReports < 1 || childrenAtRisk < 1 || daysWithoutAction < 1 || daysToEscalate < 1)
            throw new IllegalArgumentException("alarm thresholds must be at least 1");
    }
}
