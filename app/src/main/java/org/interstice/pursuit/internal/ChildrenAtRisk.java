package org.interstice.pursuit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;

/** Which of the children linked to each suspect are at risk. */
public interface ChildrenAtRisk {

    /** For each suspect (POLE person id) with any, the linked children who are at risk; suspects with none are absent. */
    Map<UUID, List<SuspectEvidence.ChildLink>> atRisk(Collection<SuspectEvidence.Evidence> evidence);

    default List<SuspectEvidence.ChildLink> atRisk(SuspectEvidence.Evidence evidence) {
        return atRisk(List.of(evidence)).getOrDefault(evidence.personId(), List.of());
    }
}
