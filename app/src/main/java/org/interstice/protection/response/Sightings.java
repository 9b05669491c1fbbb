package org.interstice.protection.response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

/** Recorded direct contacts with a child (visits, seen alone): they meet the visit clock and start the next one. */
@Component("protectionSightings")
public class Sightings {

    public record Sighting(UUID id, UUID subjectId, LocalDate seenOn, String seenBy, UUID agencyId, String kind,
                           String note) {

        public String kindLabel() {
            return switch (kind) {
                case "VISIT" -> "Visit";
                case "SEEN_ALONE" -> "Seen alone";
                default -> "Other direct contact";
            };
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ProtectionChildren children;
    private final Clocks clocks;
    private final CurrentDeadlines deadlines;
    private final AlarmWatch alarms;

    Sightings(JdbcClient jdbc, Clock clock, Audit audit, ProtectionChildren children, Clocks clocks,
              CurrentDeadlines deadlines, AlarmWatch alarms) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.children = children;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.alarms = alarms;
    }

    @Transactional
    public UUID record(UUID subjectId, LocalDate seenOn, String kind, String note, Viewer viewer) {
        var child = children.state(subjectId).orElseThrow(() -> new Refusal(null, "There is no such child"));
        if (seenOn == null || seenOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("seenOn", "Date must be today or in the past");
        }
        if (!List.of("VISIT", "SEEN_ALONE", "OTHER_DIRECT_CONTACT").contains(kind)) {
            throw new Refusal("kind", "Choose how the child was seen");
        }
        if (viewer.agencyId() == null) {
            throw new Refusal(null, "Only an agency can record seeing a child");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO child_seen (id, subject_id, seen_on, seen_by, agency_id, kind, note, recorded_at)
                VALUES (:id, :subject, :on, :by, :agency, :kind, :note, :now)""")
                .param("id", id).param("subject", subjectId).param("on", seenOn).param("by", viewer.displayName())
                .param("agency", viewer.agencyId()).param("kind", kind)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("now", OffsetDateTime.now(clock)).update();
        children.seen(subjectId, seenOn);
        if (clocks.complete(subjectId, ClockKind.VISIT, seenOn) > 0) {
            UUID team = child.responsibleTeamId() != null ? child.responsibleTeamId() : viewer.teamId();
            clocks.start(subjectId, deadlines.get().visit(seenOn), team, null, id);
        }
        audit.change(viewer, "protection.child-seen.recorded", "child-seen", id);
        alarms.reevaluate(subjectId);
        return id;
    }

    public List<Sighting> forChild(UUID subjectId) {
        return jdbc.sql("SELECT id, subject_id, seen_on, seen_by, agency_id, kind, note FROM child_seen WHERE subject_id = :id ORDER BY seen_on DESC")
                .param("id", subjectId).query(Sighting.class).list();
    }
}
