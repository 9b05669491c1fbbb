package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the alarm rule needs to know about one suspect, gathered from intelligence and the pathway. */
public record SuspectFacts(Pathway pathway, LocalDate pathwayChangedOn, List<Naming> namings,
                           List<ChildLink> childrenAtRisk, List<Action> actions, Decision lastDecision) {

    public SuspectFacts {
        namings = List.copyOf(namings);
        childrenAtRisk = List.copyOf(childrenAtRisk);
        actions = List.copyOf(actions);
    }

    /** A report naming the suspect. Reports with the same source key are not independent of each other. */
    public record Naming(UUID reportId, LocalDate reportedOn, String sourceKey) {
    }

    /** A child at risk linked to the suspect, and when the link was first asserted. */
    public record ChildLink(UUID childId, LocalDate linkedOn) {
    }

    /** A pursuit or disruption action; {@code inForceUntil} is set for orders and notices that last. */
    public record Action(LocalDate on, String description, LocalDate inForceUntil) {
    }

    /** A recorded decision, with its reason, that the alarm should end. */
    public record Decision(LocalDate on, String reason) {
    }
}
