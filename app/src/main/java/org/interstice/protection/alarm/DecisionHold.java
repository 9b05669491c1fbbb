package org.interstice.protection.alarm;

import java.util.Set;

/**
 * A manager's recorded decision to close an alarm holds while nothing new is wrong: the alarm is raised again only
 * when a reason appears that the decision did not consider, or when risk rises above the level decided on.
 */
public record DecisionHold(Set<String> decidedKeys, int decidedRiskRank) {

    public boolean stillHolds(AlarmAssessment now, int riskRank) {
        return decidedKeys.containsAll(now.keys()) && riskRank <= decidedRiskRank;
    }
}
