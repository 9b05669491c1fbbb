package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The "named but not pursued" rule: a suspect named in enough independent reports, or linked to enough children at
 * risk, with no pursuit or disruption action for the policy's number of days. It always says why.
 */
public final class NamedButNotPursued {

    private final AlarmPolicy policy;

    public NamedButNotPursued(AlarmPolicy policy) {
        this.policy = policy;
    }

    public Assessment assess(SuspectFacts facts, LocalDate today) {
        int sources = (int) facts.namings().stream().filter(n -> !n.reportedOn().isAfter(today))
                .map(SuspectFacts.Naming::sourceKey).distinct().count();
        int children = (int) facts.childrenAtRisk().stream().filter(c -> !c.linkedOn().isAfter(today))
                .map(SuspectFacts.ChildLink::childId).distinct().count();
        int reports = (int) facts.namings().stream().filter(n -> !n.reportedOn().isAfter(today))
                .map(SuspectFacts.Naming::reportId).distinct().count();
        List<String> reasons = new ArrayList<>();
        reasons.add("Named in " + plural(reports, "report") + " from " + plural(sources, "independent source"));
        reasons.add("Linked to " + plural(children, "child") + " at risk");

        Optional<LocalDate> qualifiesOn = earliest(
                thresholdDate(facts.namings(), SuspectFacts.Naming::reportedOn, SuspectFacts.Naming::sourceKey, policy.independentReports(), today),
                thresholdDate(facts.childrenAtRisk(), SuspectFacts.ChildLink::linkedOn, SuspectFacts.ChildLink::childId, policy.childrenAtRisk(), today));
        if (qualifiesOn.isEmpty()) {
            reasons.add("Below the threshold of " + plural(policy.independentReports(), "independent report")
                    + " or " + plural(policy.childrenAtRisk(), "child") + " at risk");
            return Assessment.quiet(sources, children, reasons);
        }
        reasons.add("Threshold met on " + qualifiesOn.get());
        Pathway pathway = facts.pathway();
        if (pathway.stage().pursuing()) {
            reasons.add("Being pursued: " + pathway.stage().label().toLowerCase() + " since " + facts.pathwayChangedOn());
            return Assessment.quiet(sources, children, reasons);
        }
        Optional<SuspectFacts.Action> inForce = facts.actions().stream()
                .filter(a -> !a.on().isAfter(today) && a.inForceUntil() != null && !a.inForceUntil().isBefore(today))
                .max(Comparator.comparing(SuspectFacts.Action::inForceUntil));
        if (inForce.isPresent()) {
            reasons.add("Disrupted: " + inForce.get().description() + " in force until " + inForce.get().inForceUntil());
            return Assessment.quiet(sources, children, reasons);
        }
        LocalDate start = qualifiesOn.get();
        Optional<LocalDate> lastAction = facts.actions().stream()
                .map(a -> a.inForceUntil() != null && a.inForceUntil().isBefore(today) ? a.inForceUntil() : a.on())
                .filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder());
        if (lastAction.isPresent() && lastAction.get().isAfter(start)) start = lastAction.get();

        if (pathway.closed()) {
            Optional<LocalDate> fresh = firstEvidenceAfter(facts, facts.pathwayChangedOn(), today);
            if (fresh.isEmpty()) {
                reasons.add("Pathway closed (" + pathway.outcome().label().toLowerCase() + ") on " + facts.pathwayChangedOn()
                        + " with no new intelligence since");
                return Assessment.quiet(sources, children, reasons);
            }
            reasons.add("New intelligence on " + fresh.get() + " after the pathway closed on " + facts.pathwayChangedOn());
            if (fresh.get().isAfter(start)) start = fresh.get();
        }
        if (facts.lastDecision() != null) {
            SuspectFacts.Decision d = facts.lastDecision();
            Optional<LocalDate> fresh = firstEvidenceAfter(facts, d.on(), today);
            if (fresh.isEmpty()) {
                reasons.add("Decision recorded on " + d.on() + ": " + d.reason());
                return Assessment.quiet(sources, children, reasons);
            }
            reasons.add("New intelligence on " + fresh.get() + " after the decision of " + d.on());
            if (fresh.get().isAfter(start)) start = fresh.get();
        }
        reasons.add(lastAction.map(a -> "No pursuit or disruption action since " + a)
                .orElse("No pursuit or disruption action recorded"));
        LocalDate due = start.plusDays(policy.daysWithoutAction());
        if (today.isBefore(due)) {
            reasons.add("The alarm will be raised on " + due + " unless an action or decision is recorded");
            return new Assessment(false, due, null, false, sources, children, reasons);
        }
        LocalDate escalates = due.plusDays(policy.daysToEscalate());
        boolean escalated = !today.isBefore(escalates);
        reasons.add(escalated ? "Escalated to the exploitation panel on " + escalates
                : "Escalates to the exploitation panel on " + escalates);
        return new Assessment(true, due, escalates, escalated, sources, children, reasons);
    }

    private static <T> Optional<LocalDate> thresholdDate(List<T> items, Function<T, LocalDate> date, Function<T, Object> key,
                                                         int threshold, LocalDate today) {
        Set<Object> seen = new HashSet<>();
        return items.stream().filter(i -> !date.apply(i).isAfter(today)).sorted(Comparator.comparing(date))
                .filter(i -> seen.add(key.apply(i)) && seen.size() == threshold)
                .map(date).findFirst();
    }

    private static Optional<LocalDate> firstEvidenceAfter(SuspectFacts facts, LocalDate after, LocalDate today) {
        return Stream.concat(facts.namings().stream().map(SuspectFacts.Naming::reportedOn),
                        facts.childrenAtRisk().stream().map(SuspectFacts.ChildLink::linkedOn))
                .filter(d -> d.isAfter(after) && !d.isAfter(today)).min(Comparator.naturalOrder());
    }

    @SafeVarargs
    private static Optional<LocalDate> earliest(Optional<LocalDate>... dates) {
        return Stream.of(dates).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private static String plural(int n, String noun) {
        if (n == 1) return "1 " + noun;
        return n + " " + (noun.equals("child") ? "children" : noun + "s");
    }

    /** The rule's answer: whether the alarm stands, since when it was due, escalation, the counts and the reasons. */
    public record Assessment(boolean raised, LocalDate dueOn, LocalDate escalatesOn, boolean escalated,
                             int independentReports, int childrenAtRisk, List<String> reasons) {
        static Assessment quiet(int sources, int children, List<String> reasons) {
            return new Assessment(false, null, null, false, sources, children, reasons);
        }
    }
}
