package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The "named but not pursued" rule: a suspect named in enough independent reports, or linked to enough children at
 * risk (or to one child at the top level of risk), with no pursuit or disruption action for the policy's number of
 * days. An open investigation counts only while it records actions; a disruption restarts the clock only once (ADR
 * 0045). It always says why.
 */
public final class NamedButNotPursued {

    private final AlarmPolicy policy;

    public NamedButNotPursued(AlarmPolicy policy) {
        this.policy = policy;
    }

    /** Stages at which the police hold the case: quiet only while the investigation keeps recording actions. */
    private static final Set<Stage> INVESTIGATION_OPEN = EnumSet.of(Stage.INVESTIGATION, Stage.ARREST_OR_INTERVIEW);

    public Assessment assess(SuspectFacts facts, LocalDate today) {
        int sources = (int) facts.namings().stream().filter(n -> !n.reportedOn().isAfter(today))
                .map(SuspectFacts.Naming::sourceKey).distinct().count();
        List<SuspectFacts.ChildLink> linked = facts.childrenAtRisk().stream().filter(c -> !c.namedTheSuspect()).toList();
        int children = (int) linked.stream().filter(c -> !c.linkedOn().isAfter(today))
                .map(SuspectFacts.ChildLink::childId).distinct().count();
        int reports = (int) facts.namings().stream().filter(n -> !n.reportedOn().isAfter(today))
                .map(SuspectFacts.Naming::reportId).distinct().count();
        List<String> reasons = new ArrayList<>();
        reasons.add("Named in " + plural(reports, "report") + " from " + plural(sources, "independent source"));
        reasons.add("Linked to " + plural(children, "child") + " at risk");
        Optional<SuspectFacts.ChildLink> topChild = !policy.oneChildAtTopLevel() ? Optional.empty()
                : facts.childrenAtRisk().stream().filter(c -> c.topLevel() && !c.linkedOn().isAfter(today))
                .min(Comparator.comparing(SuspectFacts.ChildLink::linkedOn).thenComparing(c -> !c.namedTheSuspect()));
        topChild.ifPresent(c -> reasons.add((c.namedTheSuspect() ? "Named by" : "Linked to") + " a child at the top level of risk on " + c.linkedOn()));
        breaches(facts, today).forEach(reasons::add);

        Optional<LocalDate> qualifiesOn = earliest(
                thresholdDate(facts.namings(), SuspectFacts.Naming::reportedOn, SuspectFacts.Naming::sourceKey, policy.independentReports(), today),
                thresholdDate(linked, SuspectFacts.ChildLink::linkedOn, SuspectFacts.ChildLink::childId, policy.childrenAtRisk(), today),
                topChild.map(SuspectFacts.ChildLink::linkedOn));
        if (qualifiesOn.isEmpty()) {
            reasons.add("Below the threshold of " + plural(policy.independentReports(), "independent report")
                    + (policy.oneChildAtTopLevel() ? ", " : " or ") + plural(policy.childrenAtRisk(), "child") + " at risk"
                    + (policy.oneChildAtTopLevel() ? " or a child at the top level of risk" : ""));
            return Assessment.quiet(sources, children, reasons);
        }
        reasons.add("Threshold met on " + qualifiesOn.get());
        List<SuspectFacts.Action> past = facts.actions().stream().filter(a -> !a.on().isAfter(today)).toList();
        Optional<LocalDate> lastPursuit = past.stream().filter(a -> !a.disruption()).map(SuspectFacts.Action::on).max(Comparator.naturalOrder());
        Pathway pathway = facts.pathway();
        LocalDate start = qualifiesOn.get();
        if (INVESTIGATION_OPEN.contains(pathway.stage())) {
            // issue 14: an open investigation is pursuit only while it records actions
            LocalDate opened = past.stream().filter(a -> a.kind() == SuspectFacts.ActionKind.INVESTIGATION_OPENED)
                    .map(SuspectFacts.Action::on).max(Comparator.naturalOrder()).orElse(facts.pathwayChangedOn());
            LocalDate lastAct = lastPursuit.filter(d -> d.isAfter(facts.pathwayChangedOn())).orElse(facts.pathwayChangedOn());
            if (lastAct.isAfter(start)) start = lastAct;
            if (today.isBefore(start.plusDays(policy.daysWithoutAction()))) {
                reasons.add("Being pursued: " + pathway.stage().label().toLowerCase() + " since " + facts.pathwayChangedOn()
                        + "; last action recorded on " + lastAct);
                reasons.add("The alarm will be raised on " + start.plusDays(policy.daysWithoutAction())
                        + " unless an investigation action or a decision is recorded");
                return new Assessment(false, start.plusDays(policy.daysWithoutAction()), null, false, sources, children, reasons);
            }
            reasons.add("Investigation open since " + opened + " with no action recorded since " + lastAct);
        } else if (pathway.stage().pursuing()) {
            reasons.add("Being pursued: " + pathway.stage().label().toLowerCase() + " since " + facts.pathwayChangedOn());
            return Assessment.quiet(sources, children, reasons);
        } else {
            if (lastPursuit.isPresent() && lastPursuit.get().isAfter(start)) start = lastPursuit.get();
            Optional<LocalDate> restarted = clockAfterDisruptions(facts, past, lastPursuit, start, today, reasons);
            if (restarted.isEmpty()) return Assessment.quiet(sources, children, reasons);
            start = restarted.get();
        }
        Optional<LocalDate> lastAction = past.stream()
                .map(a -> a.inForceUntil() != null && a.inForceUntil().isBefore(today) ? a.inForceUntil() : a.on())
                .max(Comparator.naturalOrder());

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

    /**
     * Issue 14, item 5b (ADR 0045): since the last pursuit action or decision, only the first disruption restarts the
     * clock; intelligence after it needs a pursuit action or a decision. Returns the clock's new start, or empty when an
     * order in force (with nothing newer than it) keeps the alarm quiet.
     */
    private static Optional<LocalDate> clockAfterDisruptions(SuspectFacts facts, List<SuspectFacts.Action> past,
                                                             Optional<LocalDate> lastPursuit, LocalDate start, LocalDate today,
                                                             List<String> reasons) {
        Optional<LocalDate> answered = latest(lastPursuit, Optional.ofNullable(facts.lastDecision()).map(SuspectFacts.Decision::on)
                .filter(d -> !d.isAfter(today)));
        List<SuspectFacts.Action> disruptions = past.stream().filter(SuspectFacts.Action::disruption)
                .filter(a -> answered.isEmpty() || !a.on().isBefore(answered.get()))
                .sorted(Comparator.comparing(SuspectFacts.Action::on)).toList();
        if (disruptions.isEmpty()) return Optional.of(start);
        SuspectFacts.Action first = disruptions.get(0);
        Optional<LocalDate> breach = first.breaches().stream().filter(b -> !b.isAfter(today)).min(Comparator.naturalOrder());
        boolean lasting = first.inForceUntil() != null;
        LocalDate restart = !lasting ? first.on()
                : breach.filter(b -> !b.isAfter(first.inForceUntil())).orElse(first.inForceUntil());
        boolean inForce = lasting && breach.isEmpty() && !first.inForceUntil().isBefore(today);
        Optional<LocalDate> fresh = firstEvidenceAfter(facts, first.on(), today).filter(f -> f.isBefore(restart));
        if (inForce && fresh.isEmpty()) {
            reasons.add("Disrupted: " + first.description() + " in force " + until(first.inForceUntil()));
            return Optional.empty();
        }
        if (fresh.isPresent())
            reasons.add("New intelligence on " + fresh.get() + " after the " + first.description() + " of " + first.on()
                    + ": a disruption restarts the clock only once, so this needs a pursuit action or a decision");
        else
            reasons.add("The " + first.description() + " of " + first.on() + " restarted the clock"
                    + (!lasting ? "" : breach.isPresent() && restart.equals(breach.get()) ? " until its breach on " + restart
                    : " until it ended on " + restart));
        if (disruptions.size() > 1) {
            SuspectFacts.Action later = disruptions.get(disruptions.size() - 1);
            reasons.add("The " + later.description() + " of " + later.on() + " did not restart the clock: a disruption restarts it only once");
        }
        LocalDate from = fresh.orElse(restart);
        return Optional.of(from.isAfter(start) ? from : start);
    }

    /** Breaches of orders and notices are always shown: they are not actions, and restart nothing. */
    private static List<String> breaches(SuspectFacts facts, LocalDate today) {
        List<String> out = new ArrayList<>();
        facts.actions().stream().filter(SuspectFacts.Action::disruption).forEach(a -> a.breaches().stream()
                .filter(b -> !b.isAfter(today)).sorted()
                .forEach(b -> out.add("Breach of the " + a.description() + " of " + a.on() + " recorded on " + b)));
        return out;
    }

    private static <T> Optional<LocalDate> thresholdDate(List<T> items, Function<T, LocalDate> date, Function<T, Object> key,
                                                         int threshold, LocalDate today) {
        Set<Object> seen = new HashSet<>();
        return items.stream().filter(i -> !date.apply(i).isAfter(today)).sorted(Comparator.comparing(date))
                .filter(i -> seen.add(key.apply(i)) && seen.size() == threshold)
                .map(date).findFirst();
    }

    /** The first new intelligence after a date: a report naming the suspect, a child linked, or a breach recorded. */
    private static Optional<LocalDate> firstEvidenceAfter(SuspectFacts facts, LocalDate after, LocalDate today) {
        return Stream.of(facts.namings().stream().map(SuspectFacts.Naming::reportedOn),
                        facts.childrenAtRisk().stream().map(SuspectFacts.ChildLink::linkedOn),
                        facts.actions().stream().filter(SuspectFacts.Action::disruption).flatMap(a -> a.breaches().stream()))
                .flatMap(s -> s)
                .filter(d -> d.isAfter(after) && !d.isAfter(today)).min(Comparator.naturalOrder());
    }

    private static String until(LocalDate date) {
        return date.equals(LocalDate.MAX) ? "until further order" : "until " + date;
    }

    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Comparator.naturalOrder());
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
