package org.interstice.handoff.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.interstice.handoff.HandoffAccepted;
import org.interstice.handoff.HandoffAcknowledged;
import org.interstice.handoff.HandoffCompleted;
import org.interstice.handoff.HandoffDeclined;
import org.interstice.handoff.HandoffEvent;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffSent;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.HandoffWithdrawn;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.Verdict;

import static org.interstice.handoff.HandoffState.ACCEPTED;
import static org.interstice.handoff.HandoffState.ACKNOWLEDGED;
import static org.interstice.handoff.HandoffState.COMPLETED;
import static org.interstice.handoff.HandoffState.DECLINED;
import static org.interstice.handoff.HandoffState.SENT;
import static org.interstice.handoff.HandoffState.WITHDRAWN;

/**
 * One hand-off between agencies: the aggregate. Each state change happens in one guarding method that checks who
 * is acting and the current state, refuses with a reason, moves the running clock and registers an event.
 * The running clock ({@link #dueAt()}) is the acknowledgement deadline while sent, the completion deadline while
 * acknowledged or accepted, and none once the receiver has answered for good.
 */
public final class Handoff {

    private final UUID id;
    private final HandoffKind kind;
    private final Urgency urgency;
    private final UUID subjectId;
    private final Parties parties;
    private final String summary;
    private final Instant sentAt;
    private final Instant acknowledgementDueAt;
    private final Instant completionDueAt;
    private final long version;

    private HandoffState state;
    private UUID ownerUserId;
    private Instant acknowledgedAt;
    private Instant acceptedAt;
    private Instant closedAt;
    private String closingNote;
    private NextStep nextStep;
    private String nextStepNote;
    private Instant dueAt;
    private Instant secondEscalationAt;
    private int escalationStep;
    private final List<HandoffEvent> events = new ArrayList<>();

    /** The people and places at each end. The receiving person is chosen on acceptance. */
    public record Parties(UUID fromAgencyId, UUID fromTeamId, UUID fromUserId, UUID toAgencyId, UUID toTeamId) {
    }

    /** Everything the database stores, to rebuild a hand-off. */
    public record Snapshot(UUID id, HandoffKind kind, Urgency urgency, UUID subjectId, Parties parties, String summary,
            Instant sentAt, Instant acknowledgementDueAt, Instant completionDueAt, long version, HandoffState state,
            UUID ownerUserId, Instant acknowledgedAt, Instant acceptedAt, Instant closedAt, String closingNote,
            NextStep nextStep, String nextStepNote, Instant dueAt, Instant secondEscalationAt, int escalationStep) {
    }

    private Handoff(Snapshot s) {
        this.id = s.id();
        this.kind = s.kind();
        this.urgency = s.urgency();
        this.subjectId = s.subjectId();
        this.parties = s.parties();
        this.summary = s.summary();
        this.sentAt = s.sentAt();
        this.acknowledgementDueAt = s.acknowledgementDueAt();
        this.completionDueAt = s.completionDueAt();
        this.version = s.version();
        this.state = s.state();
        this.ownerUserId = s.ownerUserId();
        this.acknowledgedAt = s.acknowledgedAt();
        this.acceptedAt = s.acceptedAt();
        this.closedAt = s.closedAt();
        this.closingNote = s.closingNote();
        this.nextStep = s.nextStep();
        this.nextStepNote = s.nextStepNote();
        this.dueAt = s.dueAt();
        this.secondEscalationAt = s.secondEscalationAt();
        this.escalationStep = s.escalationStep();
    }

    public static Handoff restore(Snapshot snapshot) {
        return new Handoff(snapshot);
    }

    /**
     * Sends a new hand-off; deadlines are computed now, from the policy for its urgency, and stored.
     * {@code completionDueOverride} lets a panel set the due date of an agreed action.
     */
    public static Handoff send(UUID id, HandoffKind kind, Urgency urgency, UUID subjectId, Parties parties,
            String summary, Instant now, DeadlinePolicy policy, WorkingTime time, Instant completionDueOverride) {
        Instant ackDue = policy.acknowledgementDue(now, time);
        Instant completionDue = completionDueOverride != null ? completionDueOverride : policy.completionDue(now, time);
        if (completionDue.isBefore(ackDue)) {
            completionDue = ackDue;
        }
        Handoff handoff = new Handoff(new Snapshot(id, kind, urgency, subjectId, parties, summary, now, ackDue,
                completionDue, 0, SENT, null, null, null, null, null, null, null, ackDue,
                policy.secondEscalation(ackDue, time), 0));
        handoff.events.add(new HandoffSent(id, subjectId, parties.fromAgencyId(), parties.toAgencyId(), kind, urgency));
        return handoff;
    }

    /** Why a new hand-off cannot be sent, or ok. A panel may give an action to any agency, the chair's own included. */
    public static Verdict canSend(Parties parties, String summary, Actor actor, boolean panelAction) {
        if (parties.toAgencyId() == null) {
            return Verdict.refused("Choose the agency you are handing off to");
        }
        if (!panelAction && parties.toAgencyId().equals(parties.fromAgencyId())) {
            return Verdict.refused("A hand-off goes to another agency; allocate work inside your agency instead");
        }
        if (!parties.fromAgencyId().equals(actor.agencyId())) {
            return Verdict.refused("You can only send hand-offs from your own agency");
        }
        if (summary == null || summary.isBlank()) {
            return Verdict.refused("Say what you are asking the other agency to do");
        }
        return Verdict.ok();
    }

    public Verdict acknowledge(Actor actor, Instant now, DeadlinePolicy policy, WorkingTime time) {
        Verdict verdict = receiverMay(actor, "acknowledge", SENT);
        if (verdict.allowed()) {
            state = ACKNOWLEDGED;
            acknowledgedAt = now;
            runCompletionClock(policy, time);
            events.add(new HandoffAcknowledged(id, actor.userId()));
        }
        return verdict;
    }

    /** Accepts the hand-off and names the person who owns it now (the actor when {@code owner} is null). */
    public Verdict accept(Actor actor, UUID owner, Instant now, DeadlinePolicy policy, WorkingTime time) {
        Verdict verdict = receiverMay(actor, "accept", SENT, ACKNOWLEDGED);
        if (verdict.allowed()) {
            if (acknowledgedAt == null) {
                acknowledgedAt = now;
            }
            boolean clockWasAcknowledgement = state == SENT;
            state = ACCEPTED;
            acceptedAt = now;
            ownerUserId = owner != null ? owner : actor.userId();
            if (clockWasAcknowledgement) {
                runCompletionClock(policy, time);
            }
            events.add(new HandoffAccepted(id, ownerUserId));
        }
        return verdict;
    }

    /** The receiving agency gives an accepted hand-off to another of its people; the clocks run on unchanged. */
    public Verdict reassign(Actor actor, UUID owner) {
        Verdict verdict = receiverMay(actor, "reassign", ACCEPTED);
        if (verdict.allowed() && owner.equals(ownerUserId)) {
            verdict = Verdict.refused("That person already owns this hand-off");
        }
        if (verdict.allowed()) {
            ownerUserId = owner;
        }
        return verdict;
    }

    public Verdict decline(Actor actor, String reason, Instant now) {
        Verdict verdict = receiverMay(actor, "decline", SENT, ACKNOWLEDGED);
        if (verdict.allowed() && blank(reason)) {
            verdict = Verdict.refused("Give the reason for declining, so the sender can decide what to do next");
        }
        if (verdict.allowed()) {
            state = DECLINED;
            if (acknowledgedAt == null) {
                acknowledgedAt = now;
            }
            close(now, reason);
            events.add(new HandoffDeclined(id, parties.fromAgencyId(), parties.toAgencyId()));
        }
        return verdict;
    }

    public Verdict complete(Actor actor, String outcome, Instant now) {
        Verdict verdict = receiverMay(actor, "complete", ACCEPTED);
        if (verdict.allowed() && blank(outcome)) {
            verdict = Verdict.refused("Say what was done, so the sender can see the outcome");
        }
        if (verdict.allowed()) {
            state = COMPLETED;
            close(now, outcome);
            events.add(new HandoffCompleted(id, actor.userId()));
        }
        return verdict;
    }

    public Verdict withdraw(Actor actor, String reason, Instant now) {
        Verdict verdict;
        if (!actor.agencyId().equals(parties.fromAgencyId())) {
            verdict = Verdict.refused("Only the sending agency can withdraw this hand-off");
        } else if (!state.receiverClockRunning()) {
            verdict = Verdict.refused("This hand-off is already " + state.label().toLowerCase() + " and cannot be withdrawn");
        } else if (blank(reason)) {
            verdict = Verdict.refused("Give the reason for withdrawing, so the receiving agency knows why");
        } else {
            verdict = Verdict.ok();
        }
        if (verdict.allowed()) {
            state = WITHDRAWN;
            close(now, reason);
            events.add(new HandoffWithdrawn(id, actor.userId()));
        }
        return verdict;
    }

    /** The sender's required answer to a decline. Until it is recorded the hand-off stays open with the sender. */
    public Verdict recordNextStep(Actor actor, NextStep step, String note) {
        if (!actor.agencyId().equals(parties.fromAgencyId())) {
            return Verdict.refused("Only the sending agency records the next step after a decline");
        }
        if (state != DECLINED) {
            return Verdict.refused("A next step is only recorded after the hand-off is declined");
        }
        if (nextStep != null) {
            return Verdict.refused("The next step has already been recorded");
        }
        if (step == null) {
            return Verdict.refused("Choose the next step");
        }
        if (blank(note)) {
            return Verdict.refused("Explain the next step");
        }
        nextStep = step;
        nextStepNote = note.strip();
        return Verdict.ok();
    }

    private Verdict receiverMay(Actor actor, String verb, HandoffState... allowedFrom) {
        if (!actor.agencyId().equals(parties.toAgencyId())) {
            return Verdict.refused("Only the receiving agency can " + verb + " this hand-off");
        }
        for (HandoffState s : allowedFrom) {
            if (state == s) {
                return Verdict.ok();
            }
        }
        return Verdict.refused("This hand-off is " + state.label().toLowerCase() + ", so it cannot be " + pastTense(verb));
    }

    private void runCompletionClock(DeadlinePolicy policy, WorkingTime time) {
        dueAt = completionDueAt;
        secondEscalationAt = policy.secondEscalation(completionDueAt, time);
        escalationStep = 0;
    }

    private void close(Instant now, String note) {
        closedAt = now;
        closingNote = note == null ? null : note.strip();
        dueAt = null;
        secondEscalationAt = null;
    }

    private static String pastTense(String verb) {
        return verb.endsWith("e") ? verb + "d" : verb + "ed";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Open = someone still owes something: the receiver while its clock runs, or the sender after a decline. */
    public boolean open() {
        return state.receiverClockRunning() || (state == DECLINED && nextStep == null);
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public List<HandoffEvent> takeEvents() {
        List<HandoffEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, kind, urgency, subjectId, parties, summary, sentAt, acknowledgementDueAt,
                completionDueAt, version, state, ownerUserId, acknowledgedAt, acceptedAt, closedAt, closingNote,
                nextStep, nextStepNote, dueAt, secondEscalationAt, escalationStep);
    }

    public UUID id() { return id; }
    public HandoffKind kind() { return kind; }
    public Urgency urgency() { return urgency; }
    public UUID subjectId() { return subjectId; }
    public Parties parties() { return parties; }
    public String summary() { return summary; }
    public Instant sentAt() { return sentAt; }
    public Instant acknowledgementDueAt() { return acknowledgementDueAt; }
    public Instant completionDueAt() { return completionDueAt; }
    public long version() { return version; }
    public HandoffState state() { return state; }
    public UUID ownerUserId() { return ownerUserId; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant closedAt() { return closedAt; }
    public String closingNote() { return closingNote; }
    public NextStep nextStep() { return nextStep; }
    public String nextStepNote() { return nextStepNote; }
    public Instant dueAt() { return dueAt; }
    public Instant secondEscalationAt() { return secondEscalationAt; }
    public int escalationStep() { return escalationStep; }
}
