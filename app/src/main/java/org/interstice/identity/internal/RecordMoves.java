package org.interstice.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.SubjectRecordsMoved;
import org.interstice.identity.Subjects;
import org.interstice.identity.internal.Decisions.Decision;
import org.interstice.identity.internal.Decisions.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the linkage re-evaluation moved out of a subject (ADR 0073): shown on both subjects' pages, and undone by a
 * person, which puts the records back with the subject they left and keeps them there (later re-evaluations leave a
 * person's decision alone).
 */
@Component
public class RecordMoves {

    /** One move: the records (agency code and source id), why, and whether and how a person undid it. */
    public record MoveRow(UUID id, UUID fromSubject, UUID toSubject, List<String> records, String movedBy,
                          Instant movedAt, String reason, String undoneBy, Instant undoneAt, String undoReason) {
        public boolean undone() {
            return undoneAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final LinkIndex index;
    private final Decisions decisions;
    private final Subjects subjects;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordMoves(JdbcClient jdbc, LinkIndex index, Decisions decisions, Subjects subjects, Audit audit,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.decisions = decisions;
        this.subjects = subjects;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Moves out of or into a subject, newest first. */
    List<MoveRow> of(UUID subjectId) {
        return jdbc.sql("""
                select m.id, m.from_subject, m.to_subject, m.moved_by, m.moved_at, m.reason, m.undone_by, m.undone_at,
                  m.undo_reason,
                  array(select a.code || ' ' || r.source_id from person_record r join agency a on a.id = r.agency_id
                        where r.id = any(m.records) order by a.code, r.source_id)
                from record_move m where m.from_subject = :id or m.to_subject = :id
                order by m.moved_at desc, m.id""")
                .param("id", subjectId)
                .query((rs, n) -> {
                    Timestamp undone = rs.getTimestamp(8);
                    return new MoveRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            Arrays.asList((String[]) rs.getArray(10).getArray()), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                            undone == null ? null : undone.toInstant(), rs.getString(9));
                }).list();
    }

    /**
     * Puts the moved records back with the subject they left. Refused when the move was already undone, when that
     * subject has since been merged into another (undo that merge, or merge the subjects), or without a reason.
     */
    @Transactional
    public Refusal undo(Viewer viewer, UUID moveId, String reason) {
        record M(UUID from, UUID to, UUID[] records, Timestamp undoneAt) {
        }
        Optional<M> found = jdbc.sql("select from_subject, to_subject, records, undone_at from record_move where id = :id for update")
                .param("id", moveId)
                .query((rs, n) -> new M(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        (UUID[]) rs.getArray(3).getArray(), rs.getTimestamp(4))).optional();
        if (found.isEmpty()) {
            return Refusal.no("There is no such move.");
        }
        M m = found.get();
        if (m.undoneAt() != null) {
            return Refusal.no("This move has already been undone.");
        }
        if (reason == null || reason.isBlank()) {
            return Refusal.no("Give a reason for putting the records back.");
        }
        boolean active = jdbc.sql("select status = 'ACTIVE' from subject where id = :id for update").param("id", m.from())
                .query(Boolean.class).optional().orElse(false);
        if (!active) {
            return Refusal.no("The subject the records left has since been merged into another; open that subject instead.");
        }
        List<UUID> back = jdbc.sql("""
                update person_record set subject_id = :from, link_state = 'LINKED', version = version + 1
                where id = any(:records) and subject_id is distinct from :from returning id""")
                .param("from", m.from()).param("records", m.records()).query(UUID.class).list();
        jdbc.sql("""
                update record_move set undone_by = :by, undone_at = :at, undo_reason = :reason, version = version + 1
                where id = :id""")
                .param("by", viewer.username()).param("at", Timestamp.from(clock.instant())).param("reason", reason.trim())
                .param("id", moveId).update();
        List<Decision> made = new ArrayList<>();
        for (UUID r : m.records()) {
            index.assign(r.toString(), m.from());
            made.add(new Decision(r, m.from(), null, Kind.CONFIRMED, null, null, null, null, viewer.username(),
                    "put back after a re-evaluation moved it: " + reason.trim()));
        }
        decisions.record(made);
        UUID emptied = subjects.current(m.to());
        int left = jdbc.sql("select count(*) from person_record where subject_id = :id").param("id", emptied)
                .query(Integer.class).single();
        if (left == 0 && !emptied.equals(m.from())) {
            // a subject the move made has nothing left: it is the same person as the one the records went back to
            jdbc.sql("update subject set status = 'MERGED', merged_into = :from, version = version + 1 where id = :id")
                    .param("from", m.from()).param("id", emptied).update();
        }
        audit.change(viewer, "SUBJECT_RECORDS_MOVE_UNDONE", "subject", m.from());
        events.publishEvent(new SubjectRecordsMoved(emptied, m.from(), back, moveId));
        return Refusal.ok(m.from());
    }
}
