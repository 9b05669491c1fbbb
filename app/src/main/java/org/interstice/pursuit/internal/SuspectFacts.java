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

    /**
     * A child at risk linked to the suspect, and when the link was first asserted. {@code topLevel}: the child's risk is
     * at the top level of its vocabulary. {@code namedTheSuspect}: the child is the source of a report naming the
     * suspect rather than a child named alongside; such a child counts only as a child at the top level.
     */
    public record ChildLink(UUID childId, LocalDate linkedOn, boolean topLevel, boolean namedTheSuspect) {
        public ChildLink(UUID childId, LocalDate linkedOn) {
            this(childId, linkedOn, false, false);
        }
    }

    /** What an action is to the rule: the investigation opening, another pursuit action, or a disruption. */
    public enum ActionKind { INVESTIGATION_OPENED, PURSUIT, DISRUPTION }

    /**
     * A pursuit or disruption action; {@code inForceUntil} is set for orders and notices that last, and {@code breaches}
     * are the dates their breaches were recorded.
     */
    public record Action(ActionKind kind, LocalDate on, String description, LocalDate inForceUntil, List<LocalDate> breaches) {
        public Action {
            breaches = breaches == null ? List.of() : List.copyOf(breaches);
        }

        public static Action pursuit(LocalDate on, String description) {
            return new Action(ActionKind.PURSUIT, on, description, null, List.of());
        }

        public static Action investigationOpened(LocalDate on) {
            return new Action(ActionKind.INVESTIGATION_OPENED, on, Stage.INVESTIGATION.label(), null, List.of());
        }

        public static Action disruption(LocalDate on, String description, LocalDate inForceUntil, LocalDate... breaches) {
            return new Action(ActionKind.DISRUPTION, on, description, inForceUntil, List.of(breaches));
        }

        boolean disruption() {
            return kind == ActionKind.DISRUPTION;
        }
    }

    /** A recorded decision, with its reason, that the alarm should end. */
    public record Decision(LocalDate on, String reason) {
    }
}
