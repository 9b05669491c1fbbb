package org.interstice.protection.alarm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The result of applying the alarm rules to one child: whether the alarm applies and every reason. */
public record AlarmAssessment(List<AlarmReason> riskReasons, List<AlarmReason> gapReasons) {

    /**
     * The alarm applies when the risk condition AND at least one gap hold, or when an exploitation indicator is known
     * that no screening has taken into account (the missing screening is itself the gap).
     */
    public boolean applies() {
        return (!riskReasons.isEmpty() && !gapReasons.isEmpty())
                || riskReasons.stream().anyMatch(r -> r.code() == ReasonCode.NOT_YET_SCREENED);
    }

    public List<AlarmReason> reasons() {
        List<AlarmReason> all = new ArrayList<>(riskReasons);
        all.addAll(gapReasons);
        return List.copyOf(all);
    }

    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        reasons().forEach(r -> keys.add(r.key()));
        return keys;
    }
}
