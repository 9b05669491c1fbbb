package org.interstice.pursuit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.protection.ChildrenAtRiskQuery;
import org.springframework.stereotype.Component;

/**
 * A child linked to a suspect in intelligence (named alongside the suspect or linked directly) counts as at risk when
 * protection's current exploitation risk for that child (by identity subject) is among the top
 * {@link AlarmSettings#childRiskTopLevels()} levels. A child intelligence has not identified, or whom protection has
 * not screened, does not count. One query to protection per batch of suspects.
 */
@Component
class ChildrenAssessedAtRisk implements ChildrenAtRisk {

    private final ChildrenAtRiskQuery protection;
    private final int topLevels;

    ChildrenAssessedAtRisk(ChildrenAtRiskQuery protection, AlarmSettings settings) {
        this.protection = protection;
        this.topLevels = settings.childRiskTopLevels();
    }

    @Override
    public Map<UUID, List<SuspectEvidence.ChildLink>> atRisk(Collection<SuspectEvidence.Evidence> evidence) {
        Set<UUID> subjects = new HashSet<>();
        for (SuspectEvidence.Evidence e : evidence)
            for (SuspectEvidence.ChildLink c : e.children()) if (c.childSubjectId() != null) subjects.add(c.childSubjectId());
        Map<UUID, List<SuspectEvidence.ChildLink>> out = new HashMap<>();
        if (subjects.isEmpty()) return out;
        Map<UUID, ChildrenAtRiskQuery.CurrentRisk> risk = protection.currentRisk(subjects);
        for (SuspectEvidence.Evidence e : evidence) {
            List<SuspectEvidence.ChildLink> atRisk = new ArrayList<>();
            for (SuspectEvidence.ChildLink c : e.children()) {
                ChildrenAtRiskQuery.CurrentRisk r = c.childSubjectId() == null ? null : risk.get(c.childSubjectId());
                if (r != null && r.withinTop(topLevels)) atRisk.add(c);
            }
            if (!atRisk.isEmpty()) out.put(e.personId(), List.copyOf(atRisk));
        }
        return out;
    }
}
