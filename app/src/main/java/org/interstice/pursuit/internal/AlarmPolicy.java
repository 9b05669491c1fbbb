package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
/**
 * Local policy for the "named but not pursued" alarm. The defaults follow the issue: 3 independent reports or 2
 * children at risk, 28 days without a pursuit or disruption action, escalation to the panel after 14 more days; and
 * (issue 14) one child at the top level of risk is enough on its own.
 */
public record AlarmPolicy(int independentReports, int childrenAtRisk, int daysWithoutAction, int daysToEscalate,
                          boolean oneChildAtTopLevel) {

    public static final AlarmPolicy DEFAULT = new AlarmPolicy(3, 2, 28, 14, true);

    public AlarmPolicy {
        if (independentReports < 1 || childrenAtRisk < 1 || daysWithoutAction < 1 || daysToEscalate < 1)
            throw new IllegalArgumentException("alarm thresholds must be at least 1");
    }

    public AlarmPolicy(int independentReports, int childrenAtRisk, int daysWithoutAction, int daysToEscalate) {
        this(independentReports, childrenAtRisk, daysWithoutAction, daysToEscalate, true);
    }
}
