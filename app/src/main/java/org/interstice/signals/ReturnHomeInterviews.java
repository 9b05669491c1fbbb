package org.interstice.signals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return home interview clocks: one per missing episode with a return, due within the offer timescale. The owner
 * records the offer, then that it was done or that the child declined. An interview not offered by its due time is
 * overdue: it is listed, published once ({@link ReturnHomeInterviewOverdue}) and is a reason on the child's alarm.
 */
@Component
public class ReturnHomeInterviews {

    public enum Status { AWAITING, OFFERED, DONE, DECLINED }

    /** One clock with the episode it follows. */
    public record Interview(UUID id, UUID episodeId, UUID subjectId, OffsetDateTime returnedAt, OffsetDateTime dueAt,
                            UUID ownerAgencyId, String ownerAgency, Status status, OffsetDateTime offeredAt,
                            OffsetDateTime doneAt, OffsetDateTime declinedAt, String note, String place, int version) {

        public boolean overdueAt(OffsetDateTime now) {
            return status == Status.AWAITING && dueAt.isBefore(now);
        }
    }

    private static final String SELECT = """
            SELECT r.id, r.episode_id, r.subject_id, r.returned_at, r.due_at, r.owner_agency_id, a.name AS owner_agency,
                   r.status, r.offered_at, r.done_at, r.declined_at, r.note, s.place, r.version
            FROM return_home_interview r JOIN signal s ON s.id = r.episode_id JOIN agency a ON a.id = r.owner_agency_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    ReturnHomeInterviews(JdbcClient jdbc, Clock clock, Audit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Interview> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(Interview.class).optional();
    }

    public List<Interview> forChild(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE r.subject_id = :id ORDER BY r.returned_at DESC").param("id", subjectId)
                .query(Interview.class).list();
    }

    /** Interviews not offered by their due time, the longest overdue first; one owner's, or every owner's when null. */
    public List<Interview> overdue(UUID ownerAgencyId, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE r.status = 'AWAITING' AND r.due_at < :now
                           AND (CAST(:owner AS uuid) IS NULL OR r.owner_agency_id = CAST(:owner AS uuid))
                         ORDER BY r.due_at LIMIT :limit""")
                .param("now", OffsetDateTime.now(clock)).param("owner", ownerAgencyId).param("limit", limit)
                .query(Interview.class).list();
    }

    /** Interviews not yet done or declined, soonest due first; one owner's, or every owner's when null. */
    public List<Interview> open(UUID ownerAgencyId, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE r.status IN ('AWAITING', 'OFFERED')
                           AND (CAST(:owner AS uuid) IS NULL OR r.owner_agency_id = CAST(:owner AS uuid))
                         ORDER BY r.due_at LIMIT :limit""")
                .param("owner", ownerAgencyId).param("limit", limit).query(Interview.class).list();
    }

    /** The child's interviews not offered by their due time. */
    public List<Interview> overdueForChild(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE r.subject_id = :id AND r.status = 'AWAITING' AND r.due_at < :now ORDER BY r.due_at")
                .param("id", subjectId).param("now", OffsetDateTime.now(clock)).query(Interview.class).list();
    }

    /**
     * Records the next step of an interview: offered, then done or declined (an interview done at once is offered
     * and done together). Only the owning agency records it.
     */
    @Transactional
    public Interview record(UUID id, Status step, OffsetDateTime at, String note, int expectedVersion, Viewer viewer) {
        Interview interview = byId(id).orElseThrow(() -> new SignalRefusal(null, "There is no such return home interview"));
        if (!interview.ownerAgencyId().equals(viewer.agencyId())) {
            throw new SignalRefusal(null, "Only " + interview.ownerAgency() + " records this interview");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (at == null) {
            throw new SignalRefusal("at", "Give the date");
        }
        if (at.isAfter(now) || at.isBefore(interview.returnedAt())) {
            throw new SignalRefusal("at", "The date must be after the child returned and not in the future");
        }
        if (step == null || step == Status.AWAITING) {
            throw new SignalRefusal("step", "Choose offered, done or declined");
        }
        if (interview.status() == Status.DONE || interview.status() == Status.DECLINED) {
            throw new SignalRefusal("step", "This interview is already " + interview.status().name().toLowerCase());
        }
        int updated = jdbc.sql("""
                UPDATE return_home_interview SET status = :status, offered_at = coalesce(offered_at, :at),
                       done_at = CASE WHEN :status = 'DONE' THEN :at ELSE done_at END,
                       declined_at = CASE WHEN :status = 'DECLINED' THEN :at ELSE declined_at END,
                       note = coalesce(:note, note), recorded_by = :by, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", step.name()).param("at", at).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("by", viewer.displayName()).param("id", id).param("version", expectedVersion).update();
        if (updated != 1) {
            throw new SignalRefusal(null, "Someone else changed this interview; reload the page and try again");
        }
        audit.change(viewer, "signal.return-interview." + step.name().toLowerCase(), "return-home-interview", id);
        events.publishEvent(new SignalRecorded(interview.episodeId(), interview.subjectId(), viewer.agencyId(), "RETURN_HOME_INTERVIEW"));
        return byId(id).orElseThrow();
    }

    /**
     * Publishes {@link ReturnHomeInterviewOverdue} once for each interview that has fallen overdue since the last
     * call; set-based on the partial index of awaiting interviews. Returns how many fell overdue.
     */
    @Transactional
    public int noticeOverdue() {
        List<Interview> fallen = jdbc.sql("""
                        WITH fallen AS (UPDATE return_home_interview SET overdue_noticed_at = :now
                                        WHERE status = 'AWAITING' AND due_at < :now AND overdue_noticed_at IS NULL
                                        RETURNING id)
                        """ + SELECT + " WHERE r.id IN (SELECT id FROM fallen)")
                .param("now", OffsetDateTime.now(clock)).query(Interview.class).list();
        fallen.forEach(i -> events.publishEvent(new ReturnHomeInterviewOverdue(i.id(), i.subjectId())));
        return fallen.size();
    }
}
