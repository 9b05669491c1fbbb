package org.interstice.protection.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ChildIdentities;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.common.Scope;
import org.interstice.protection.config.ReferenceCodes;
import org.interstice.protection.timeline.ClockKind;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.CurrentDeadlines;
import org.interstice.protection.timeline.Deadline;
import org.interstice.protection.timeline.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts and referrals from any agency and their MASH triage: rating, decision with a reason, and the clocks the
 * decision starts. The referring agency reads its own contacts and their outcomes.
 */
@Component("protectionContacts")
public class Contacts {

    /** A new contact as received from an agency (form or API). {@code subjectId} is null for a child not yet known. */
    public record NewContact(UUID subjectId, String childName, LocalDate childBirthDate, String referralSource,
                             String concern, String referredBy, OffsetDateTime receivedAt) {

        /** A contact received now. */
        public NewContact(UUID subjectId, String childName, LocalDate childBirthDate, String referralSource,
                          String concern, String referredBy) {
            this(subjectId, childName, childBirthDate, referralSource, concern, referredBy, null);
        }
    }

    /** A contact as stored, with the names a page shows. */
    public record Contact(UUID id, UUID subjectId, String childName, UUID referringAgencyId, String referredBy,
                          String referralSource, OffsetDateTime receivedAt, String concern, String rag,
                          OffsetDateTime triageDueAt, LocalDate decisionDueOn, Outcome outcome, String outcomeReason,
                          String primaryNeed, UUID onwardAgencyId, OffsetDateTime decidedAt, String decidedBy,
                          int version) {

        public boolean decided() {
            return outcome != null;
        }
    }

    private static final String SELECT = """
            SELECT k.id, k.subject_id, coalesce(c.identity_name, c.stated_name) AS child_name, k.referring_agency_id, k.referred_by,
                   k.referral_source, k.received_at, k.concern, k.rag, k.triage_due_at, k.decision_due_on, k.outcome,
                   k.outcome_reason, k.primary_need, k.onward_agency_id, k.decided_at, k.decided_by, k.version
            FROM protection_contact k JOIN protection_child c ON c.subject_id = k.subject_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final Clocks clocks;
    private final CurrentDeadlines deadlines;
    private final ReferenceCodes codes;
    private final AlarmWatch alarms;
    private final MashTeam mashTeam;
    private final ChildIdentities identities;

    Contacts(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, Clocks clocks,
             CurrentDeadlines deadlines, ReferenceCodes codes, AlarmWatch alarms, MashTeam mashTeam,
             ChildIdentities identities) {
        this.identities = identities;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.codes = codes;
        this.alarms = alarms;
        this.mashTeam = mashTeam;
    }

    /**
     * Receives a contact from the viewer's agency and starts the referral-decision clock from the time it was
     * received (now, unless the agency says it was received earlier, for example by telephone).
     */
    @Transactional
    public Contact receive(NewContact contact, Viewer viewer) {
        if (contact.subjectId() == null && (contact.childName() == null || contact.childName().isBlank())) {
            throw new Refusal("childName", "Enter the child's name");
        }
        if (contact.childBirthDate() != null && contact.childBirthDate().isAfter(LocalDate.now(clock))) {
            throw new Refusal("childBirthDate", "Date of birth must be today or in the past");
        }
        if (!codes.exists("REFERRAL_SOURCE", contact.referralSource())) {
            throw new Refusal("referralSource", "Choose the referral source");
        }
        if (contact.concern() == null || contact.concern().isBlank()) {
            throw new Refusal("concern", "Describe the concern");
        }
        if (viewer.agencyId() == null) {
            throw new Refusal(null, "Only an agency can make a contact");
        }
        UUID id = UUID.randomUUID();
        UUID subjectId = contact.subjectId();
        if (subjectId == null) {
            subjectId = identities.record(viewer, id, contact.childName(), contact.childBirthDate(), LocalDate.now(clock));
        } else if (!children.exists(subjectId)) {
            if (contact.childName() == null || contact.childName().isBlank()) {
                throw new Refusal("childName", "Enter the child's name");
            }
            children.ensure(subjectId, contact.childName().strip(), contact.childBirthDate());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (contact.receivedAt() != null && contact.receivedAt().isAfter(now)) {
            throw new Refusal("receivedAt", "The time received cannot be in the future");
        }
        OffsetDateTime received = contact.receivedAt() == null ? now : contact.receivedAt();
        LocalDate receivedOn = received.atZoneSameInstant(clock.getZone()).toLocalDate();
        Deadline decision = deadlines.get().referralDecision(receivedOn);
        String referredBy = contact.referredBy() == null || contact.referredBy().isBlank()
                ? viewer.displayName() : contact.referredBy().strip();
        jdbc.sql("""
                INSERT INTO protection_contact (id, subject_id, referring_agency_id, referred_by, referral_source,
                                                received_at, concern, decision_due_on)
                VALUES (:id, :subject, :agency, :by, :source, :now, :concern, :due)""")
                .param("id", id).param("subject", subjectId).param("agency", viewer.agencyId()).param("by", referredBy)
                .param("source", contact.referralSource()).param("now", received).param("concern", contact.concern().strip())
                .param("due", decision.dueOn()).update();
        clocks.start(subjectId, decision, mashTeam.id().orElse(null), "MASH", id);
        audit.change(viewer, "protection.contact.received", "protection-contact", id);
        alarms.reevaluate(subjectId);
        return byId(id).orElseThrow();
    }

    /** Sets or revises the MASH red/amber/green rating; the rating sets the completion time from receipt. */
    @Transactional
    public void rate(UUID contactId, String rag, int expectedVersion, Viewer viewer) {
        Contact contact = byId(contactId).orElseThrow(() -> new Refusal(null, "There is no such contact"));
        if (contact.decided()) {
            throw new Refusal("rag", "This contact already has an outcome");
        }
        Integer hours = jdbc.sql("SELECT completion_hours FROM mash_rag_rating WHERE code = :code").param("code", rag)
                .query(Integer.class).optional().orElseThrow(() -> new Refusal("rag", "Choose red, amber or green"));
        int updated = jdbc.sql("""
                UPDATE protection_contact SET rag = :rag, rated_at = :now, triage_due_at = received_at + make_interval(hours => :hours),
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("rag", rag).param("now", OffsetDateTime.now(clock)).param("hours", hours).param("id", contactId)
                .param("version", expectedVersion).update();
        if (updated != 1) {
            throw new Refusal(null, "Someone else changed this contact; reload the page and try again");
        }
        audit.change(viewer, "protection.contact.rated", "protection-contact", contactId);
    }

    /**
     * Records the MASH decision with its reason, allocates the child to a team for anything beyond NFA and early
     * help, and starts the clocks the outcome needs (assessment from the referral date; strategy discussion to the
     * local timescale).
     */
    @Transactional
    public void decide(UUID contactId, Decision decision, UUID allocateToTeam, int expectedVersion, Viewer viewer) {
        decide(contactId, decision, allocateToTeam, expectedVersion, viewer, OffsetDateTime.now(clock));
    }

    /** As {@link #decide(UUID, Decision, UUID, int, Viewer)}, for a decision made earlier and recorded now. */
    @Transactional
    public void decide(UUID contactId, Decision decision, UUID allocateToTeam, int expectedVersion, Viewer viewer,
                       OffsetDateTime decidedAt) {
        Contact contact = byId(contactId).orElseThrow(() -> new Refusal(null, "There is no such contact"));
        if (decidedAt.isBefore(contact.receivedAt()) || decidedAt.isAfter(OffsetDateTime.now(clock))) {
            throw new Refusal(null, "A decision is made after the contact is received and not in the future");
        }
        decision.refusal(contact.decided()).ifPresent(reason -> {
            throw new Refusal(decision.outcome() == null ? "outcome" : "reason", reason);
        });
        if (decision.primaryNeed() != null && !decision.primaryNeed().isBlank()
                && !codes.exists("PRIMARY_NEED", decision.primaryNeed())) {
            throw new Refusal("primaryNeed", "Choose a primary need code");
        }
        OffsetDateTime now = decidedAt;
        LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        int updated = jdbc.sql("""
                UPDATE protection_contact SET outcome = :outcome, outcome_reason = :reason, primary_need = :need,
                       onward_agency_id = :onward, decided_at = :now, decided_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND outcome IS NULL""")
                .param("outcome", decision.outcome().name()).param("reason", decision.reason().strip())
                .param("need", blankToNull(decision.primaryNeed())).param("onward", decision.onwardAgencyId())
                .param("now", now).param("by", viewer.displayName()).param("id", contactId)
                .param("version", expectedVersion).update();
        if (updated != 1) {
            throw new Refusal(null, "Someone else changed this contact; reload the page and try again");
        }
        clocks.completeFor(contactId, ClockKind.REFERRAL_DECISION, today);
        UUID team = allocateToTeam != null ? allocateToTeam : viewer.teamId();
        Deadlines timescales = deadlines.get();
        LocalDate referralDate = contact.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        switch (decision.outcome()) {
            case ASSESSMENT -> {
                allocate(contact.subjectId(), team);
                if (!clocks.hasOpen(contact.subjectId(), ClockKind.ASSESSMENT)) {
                    clocks.start(contact.subjectId(), timescales.assessment(referralDate), team, null, contactId);
                }
            }
            case STRATEGY_DISCUSSION -> {
                allocate(contact.subjectId(), team);
                clocks.start(contact.subjectId(), timescales.strategyDiscussion(today), team, null, contactId);
                if (!clocks.hasOpen(contact.subjectId(), ClockKind.ASSESSMENT)) {
                    clocks.start(contact.subjectId(), timescales.assessment(referralDate), team, null, contactId);
                }
            }
            default -> children.assignTeamIfNone(contact.subjectId(), team);
        }
        audit.change(viewer, "protection.contact.decided", "protection-contact", contactId);
        alarms.reevaluate(contact.subjectId());
    }

    private void allocate(UUID subjectId, UUID team) {
        if (team != null) {
            children.assignTeam(subjectId, team);
            clocks.reassignOpen(subjectId, team);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Optional<Contact> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE k.id = :id").param("id", id).query(Contact.class).optional();
    }

    /** One contact, if the viewer may see it (the referring agency, the MASH, or anyone who may see the child). */
    public Optional<Contact> visible(UUID id, Scope scope) {
        return scope.bind(jdbc.sql(SELECT + " WHERE k.id = :id AND (k.referring_agency_id = CAST(:agency AS uuid) OR "
                + Scope.CHILD_VISIBLE + ")")).param("id", id).query(Contact.class).optional();
    }

    /** Contacts awaiting a MASH decision, most urgent first. */
    public List<Contact> awaitingDecision() {
        return jdbc.sql(SELECT + " WHERE k.outcome IS NULL ORDER BY coalesce(k.triage_due_at, k.decision_due_on::timestamptz), k.received_at")
                .query(Contact.class).list();
    }

    /** The referring agency's own contacts and their outcomes, newest first. */
    public List<Contact> fromAgency(UUID agencyId, int limit) {
        return jdbc.sql(SELECT + " WHERE k.referring_agency_id = :agency ORDER BY k.received_at DESC LIMIT :limit")
                .param("agency", agencyId).param("limit", limit).query(Contact.class).list();
    }

    public List<Contact> forChild(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE k.subject_id = :id ORDER BY k.received_at DESC").param("id", subjectId)
                .query(Contact.class).list();
    }
}
