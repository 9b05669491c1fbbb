package org.interstice.handoff.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.InformationShared;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Sent;
import org.interstice.handoff.Verdict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where hand-offs are sent and answered. Each change loads the hand-off as the viewer may see it, checks the
 * version the person was looking at, lets the aggregate guard the move, saves, and writes history, audit and
 * events in the same transaction.
 */
@Component
public class HandoffDesk {

    static final String NOT_FOUND = "There is no such hand-off, or it is not shared with your agency";
    static final String CHANGED = "Someone else changed this hand-off while you were looking at it. Check its state and try again.";

    private final HandoffStore store;
    private final DeadlinePolicies policies;
    private final WorkingTime time;
    private final InformationShares shares;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    HandoffDesk(HandoffStore store, DeadlinePolicies policies, WorkingTime time, InformationShares shares, Audit audit,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.time = time;
        this.shares = shares;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Sent send(HandoffRequest request, Viewer viewer) {
        return send(request, viewer, clock.instant());
    }

    /** Sends with a given sending time; deadlines run from that time. */
    @Transactional
    public Sent send(HandoffRequest request, Viewer viewer, Instant sentAt) {
        if (viewer.userId() == null) {
            return new Sent(null, "Hand-offs are sent by a signed-in person, so that someone is accountable");
        }
        if (request.kind() == null || request.urgency() == null) {
            return new Sent(null, "Choose the kind of hand-off and its urgency");
        }
        Handoff.Parties parties = new Handoff.Parties(viewer.agencyId(), viewer.teamId(), viewer.userId(),
                request.toAgencyId(), request.toTeamId());
        boolean panelAction = HandoffRequest.PANEL_DECISION.equals(request.originType());
        Verdict verdict = Handoff.canSend(parties, request.summary(), actor(viewer), panelAction);
        if (verdict.refused()) {
            return new Sent(null, verdict.reason());
        }
        if (request.toTeamId() != null && !teamBelongsTo(request.toTeamId(), request.toAgencyId())) {
            return new Sent(null, "The team you chose is not part of the receiving agency");
        }
        if (request.share() != null && request.share().problem() != null) {
            return new Sent(null, request.share().problem());
        }
        Instant now = sentAt;
        Handoff handoff = Handoff.send(UUID.randomUUID(), request.kind(), request.urgency(), request.subjectId(),
                parties, request.summary().strip(), now, policies.forUrgency(request.urgency()), time,
                request.completionDueOverride());
        store.insert(handoff, request.originType(), request.originId());
        store.history(handoff.id(), now, "Sent", viewer.userId(), null);
        if (request.share() != null) {
            shares.record(handoff.id(), request.share(), viewer, now);
        }
        audit.change(viewer, "handoff.send", "handoff", handoff.id());
        handoff.takeEvents().forEach(events::publishEvent);
        return new Sent(handoff.id(), null);
    }

    @Transactional
    public Verdict acknowledge(UUID id, long version, Viewer viewer) {
        return change(id, version, viewer, "acknowledge", "Acknowledged", null,
                (h, now) -> h.acknowledge(actor(viewer), now, policies.forUrgency(h.urgency()), time));
    }

    @Transactional
    public Verdict accept(UUID id, long version, UUID owner, Viewer viewer) {
        if (owner != null && !activeUserOfAgency(owner, viewer.agencyId())) {
            return Verdict.refused("Choose an active person in your agency to own this hand-off");
        }
        return change(id, version, viewer, "accept", "Accepted", null,
                (h, now) -> h.accept(actor(viewer), owner, now, policies.forUrgency(h.urgency()), time));
    }

    /**
     * Gives an accepted hand-off to another active person of the receiving agency: a team manager may do it for
     * anyone (for example when the owner has left), and the owner may hand it on.
     */
    @Transactional
    public Verdict reassign(UUID id, long version, UUID owner, Viewer viewer) {
        if (owner == null) {
            return Verdict.refused("Choose the person who will own this hand-off");
        }
        if (!activeUserOfAgency(owner, viewer.agencyId())) {
            return Verdict.refused("Choose an active person in your agency to own this hand-off");
        }
        String name = jdbc.sql("select display_name from app_user where id = ?").param(owner).query(String.class).single();
        return change(id, version, viewer, "reassign", "Reassigned to " + name, null,
                (h, now) -> viewer.hasRole(org.interstice.agency.Role.TEAM_MANAGER) || viewer.userId().equals(h.ownerUserId())
                        ? h.reassign(actor(viewer), owner)
                        : Verdict.refused("Only a team manager or the owner can give this hand-off to someone else"));
    }

    @Transactional
    public Verdict decline(UUID id, long version, String reason, Viewer viewer) {
        return change(id, version, viewer, "decline", "Declined", reason, (h, now) -> h.decline(actor(viewer), reason, now));
    }

    @Transactional
    public Verdict complete(UUID id, long version, String outcome, Viewer viewer) {
        return change(id, version, viewer, "complete", "Completed", outcome, (h, now) -> h.complete(actor(viewer), outcome, now));
    }

    @Transactional
    public Verdict withdraw(UUID id, long version, String reason, Viewer viewer) {
        return change(id, version, viewer, "withdraw", "Withdrawn", reason, (h, now) -> h.withdraw(actor(viewer), reason, now));
    }

    @Transactional
    public Verdict recordNextStep(UUID id, long version, NextStep step, String note, Viewer viewer) {
        return change(id, version, viewer, "next-step", "Next step: " + (step == null ? "" : step.label()), note,
                (h, now) -> h.recordNextStep(actor(viewer), step, note));
    }

    @Transactional
    public Verdict shareInformation(UUID id, InformationShared share, Viewer viewer) {
        if (store.find(id, viewer).isEmpty()) {
            return Verdict.refused(NOT_FOUND);
        }
        if (share.problem() != null) {
            return Verdict.refused(share.problem());
        }
        shares.record(id, share, viewer, clock.instant());
        audit.change(viewer, "handoff.share-information", "handoff", id);
        return Verdict.ok();
    }

    /** The version now stored, for callers that act without a page (other modules, the demo). */
    public long currentVersion(UUID id, Viewer viewer) {
        return store.find(id, viewer).map(Handoff::version).orElse(-1L);
    }

    private interface Change {
        Verdict apply(Handoff handoff, Instant now);
    }

    private Verdict change(UUID id, long version, Viewer viewer, String action, String historyLabel, String note, Change change) {
        if (viewer.userId() == null) {
            return Verdict.refused("Only a signed-in person can change a hand-off");
        }
        Handoff handoff = store.find(id, viewer).orElse(null);
        if (handoff == null) {
            return Verdict.refused(NOT_FOUND);
        }
        if (handoff.version() != version) {
            return Verdict.refused(CHANGED);
        }
        Instant now = clock.instant();
        Verdict verdict = change.apply(handoff, now);
        if (verdict.refused()) {
            return verdict;
        }
        if (!store.update(handoff)) {
            return Verdict.refused(CHANGED);
        }
        store.history(id, now, historyLabel, viewer.userId(), note == null || note.isBlank() ? null : note.strip());
        audit.change(viewer, "handoff." + action, "handoff", id);
        handoff.takeEvents().forEach(events::publishEvent);
        return Verdict.ok();
    }

    private static Actor actor(Viewer viewer) {
        return new Actor(viewer.userId(), viewer.agencyId());
    }

    private boolean teamBelongsTo(UUID teamId, UUID agencyId) {
        return jdbc.sql("select count(*) from team where id = ? and agency_id = ?").params(teamId, agencyId)
                .query(Long.class).single() == 1;
    }

    private boolean activeUserOfAgency(UUID userId, UUID agencyId) {
        return jdbc.sql("select count(*) from app_user where id = ? and agency_id = ? and active").params(userId, agencyId)
                .query(Long.class).single() == 1;
    }
}
