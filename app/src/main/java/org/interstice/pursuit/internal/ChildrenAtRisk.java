package org.interstice.pursuit.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;

/** Which of the children linked to each suspect are at risk, and which of them are at the top level of risk. */
public interface ChildrenAtRisk {

    /**
     * A child at risk: linked to the suspect in intelligence ({@code childPersonId} is the POLE person), or, only when at
     * the top level of risk, the source of a report naming the suspect ({@code namedTheSuspect}, no POLE person).
     */
    record ChildAtRisk(UUID childPersonId, UUID childSubjectId, LocalDate linkedOn, boolean topLevel, boolean namedTheSuspect) {
    }

    /** For each suspect (POLE person id) with any, the children at risk; suspects with none are absent. */
    Map<UUID, List<ChildAtRisk>> atRisk(Collection<SuspectEvidence.Evidence> evidence);

    default List<ChildAtRisk> atRisk(SuspectEvidence.Evidence evidence) {
        return atRisk(List.of(evidence)).getOrDefault(evidence.personId(), List.of());
    }

    /** The children linked in intelligence (not the sources) among them. */
    static List<ChildAtRisk> linked(List<ChildAtRisk> children) {
        return children.stream().filter(c -> !c.namedTheSuspect()).toList();
    }
}
