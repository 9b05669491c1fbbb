package org.interstice.protection.response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.AgencyKind;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.AlarmWatch;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.timeline.ClockKind;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.CurrentDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded contact with a child. A statutory visit by children's social care at which the child was seen meets the
 * visit clock and starts the next one; any contact at which the child was seen updates when the child was last seen.
 */
@Component("protectionSightings")
public class Sightings {

    /** A contact as stored; {@code seenAlone} is null when it was not recorded. */
    public record Sighting(UUID id, UUID subjectId, LocalDate seenOn, String seenBy, UUID agencyId, ContactKind kind,
                           boolean childWasSeen, Boolean seenAlone, String note) {

        public String kindLabel() {
            return kind.label();
        }

        public String seenText() {
            if (!childWasSeen) {
                return "Child not seen";
            }
            if (seenAlone == null) {
                return "Child seen";
            }
            return seenAlone ? "Child seen alone" : "Child seen, not alone";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final Clocks clocks;
    private final CurrentDeadlines deadlines;
    private final AlarmWatch alarms;
    private final Agencies agencies;

    Sightings(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, Clocks clocks,
              CurrentDeadlines deadlines, AlarmWatch alarms, Agencies agencies) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.alarms = alarms;
    }

    /**
     * Records contact with the child. A statutory visit needs a children's social care agency and an answer to "was
     * the child seen"; other contact is direct contact, so the child was seen. "Seen alone" is optional.
     */
    @Transactional
    public UUID record(UUID subjectId, LocalDate seenOn, ContactKind kind, Boolean childSeen, Boolean seenAlone,
                       String note, Viewer viewer) {
        var child = children.state(subjectId).orElseThrow(() -> new Refusal(null, "There is no such child"));
        if (seenOn == null || seenOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("seenOn", "Date must be today or in the past");
        }
        if (kind == null) {
            throw new Refusal("kind", "Choose how the child was seen");
        }
        if (viewer.agencyId() == null) {
            throw new Refusal(null, "Only an agency can record seeing a child");
        }
        if (kind == ContactKind.STATUTORY_VISIT) {
            boolean socialCare = agencies.byId(viewer.agencyId())
                    .map(a -> a.kind() == AgencyKind.CHILDRENS_SOCIAL_CARE).orElse(false);
            if (!socialCare) {
                throw new Refusal("kind", "Only children's social care makes a statutory visit: record this as contact by another professional");
            }
            if (childSeen == null) {
                throw new Refusal("childSeen", "Say whether the child was seen");
            }
        } else {
            childSeen = true;
        }
        if (Boolean.TRUE.equals(seenAlone) && !childSeen) {
            throw new Refusal("seenAlone", "A child who was not seen cannot have been seen alone");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO child_seen (id, subject_id, seen_on, seen_by, agency_id, kind, child_was_seen, seen_alone,
                                        note, recorded_at)
                VALUES (:id, :subject, :on, :by, :agency, :kind, :seen, :alone, :note, :now)""")
                .param("id", id).param("subject", subjectId).param("on", seenOn).param("by", viewer.displayName())
                .param("agency", viewer.agencyId()).param("kind", kind.name()).param("seen", childSeen)
                .param("alone", seenAlone)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("now", OffsetDateTime.now(clock)).update();
        if (childSeen) {
            children.seen(subjectId, seenOn);
        }
        if (kind.meetsVisitClock(childSeen) && clocks.complete(subjectId, ClockKind.VISIT, seenOn) > 0) {
            UUID team = child.responsibleTeamId() != null ? child.responsibleTeamId() : viewer.teamId();
            clocks.start(subjectId, deadlines.get().visit(seenOn), team, null, id);
        }
        audit.change(viewer, "protection.child-seen.recorded", "child-seen", id);
        alarms.reevaluate(subjectId);
        return id;
    }

    /** The date of the last statutory visit at which the child was seen, if any. */
    public Optional<LocalDate> lastStatutoryVisit(UUID subjectId) {
        return jdbc.sql("""
                SELECT seen_on FROM child_seen WHERE subject_id = :id AND kind = 'STATUTORY_VISIT' AND child_was_seen
                ORDER BY seen_on DESC LIMIT 1""")
                .param("id", subjectId).query(LocalDate.class).optional();
    }

    public List<Sighting> forChild(UUID subjectId) {
        return jdbc.sql("SELECT id, subject_id, seen_on, seen_by, agency_id, kind, child_was_seen, seen_alone, note FROM child_seen WHERE subject_id = :id ORDER BY seen_on DESC, recorded_at DESC")
                .param("id", subjectId).query(Sighting.class).list();
    }
}
