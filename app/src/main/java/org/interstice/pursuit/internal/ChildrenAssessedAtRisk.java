package org.interstice.pursuit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.protection.ChildrenAtRiskQuery;
import org.springframework.stereotype.Component;

/**
 * A child linked to a suspect in intelligence (named alongside the suspect or linked directly) counts as at risk when
 * protection's current exploitation risk for that child (by identity subject) is among the top
 * {@link AlarmSettings#childRiskTopLevels()} levels. A child intelligence has not identified, or whom protection has
 * not screened, does not count. A child at the very top level counts also as the source of a report naming the suspect.
 * One query to protection per batch of suspects.
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
    public Map<UUID, List<ChildAtRisk>> atRisk(Collection<SuspectEvidence.Evidence> evidence) {
        Set<UUID> subjects = new HashSet<>();
        for (SuspectEvidence.Evidence e : evidence) {
            for (SuspectEvidence.ChildLink c : e.children()) if (c.childSubjectId() != null) subjects.add(c.childSubjectId());
            for (SuspectEvidence.Naming n : e.namings()) sourceSubject(n).ifPresent(subjects::add);
        }
        Map<UUID, List<ChildAtRisk>> out = new HashMap<>();
        if (subjects.isEmpty()) return out;
        Map<UUID, ChildrenAtRiskQuery.CurrentRisk> risk = protection.currentRisk(subjects);
        for (SuspectEvidence.Evidence e : evidence) {
            List<ChildAtRisk> atRisk = new ArrayList<>();
            for (SuspectEvidence.ChildLink c : e.children()) {
                ChildrenAtRiskQuery.CurrentRisk r = c.childSubjectId() == null ? null : risk.get(c.childSubjectId());
                if (r != null && r.withinTop(topLevels))
                    atRisk.add(new ChildAtRisk(c.childPersonId(), c.childSubjectId(), c.linkedOn(), r.withinTop(1), false));
            }
            // a child at the top level who is the source of a report naming the suspect (issue 14), first on its earliest report
            Map<UUID, LocalDate> sources = new HashMap<>();
            for (SuspectEvidence.Naming n : e.namings())
                sourceSubject(n).filter(s -> risk.containsKey(s) && risk.get(s).withinTop(1))
                        .ifPresent(s -> sources.merge(s, n.reportedOn(), (a, b) -> a.isBefore(b) ? a : b));
            sources.forEach((subject, on) -> atRisk.add(new ChildAtRisk(null, subject, on, true, true)));
            if (!atRisk.isEmpty()) out.put(e.personId(), List.copyOf(atRisk));
        }
        return out;
    }

    /** The source person of a report, when intelligence gives one ("person:" and the identity subject). */
    private static Optional<UUID> sourceSubject(SuspectEvidence.Naming n) {
        String key = n.sourceKey();
        if (key == null || !key.startsWith("person:")) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(key.substring("person:".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
