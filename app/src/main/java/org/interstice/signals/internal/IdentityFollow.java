package org.interstice.signals.internal;

import java.util.List;
import java.util.UUID;

import org.interstice.identity.SubjectRecordsMoved;
import org.interstice.identity.SubjectResolved;
import org.interstice.identity.Subjects;
import org.interstice.identity.SubjectsMerged;
import org.interstice.signals.OwnWords;
import org.interstice.signals.SignalRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps signals on the right child: a signal whose person waited in identity's review gets its subject when the
 * review decides (and is then published again, so protection considers it); a merge moves the absorbed child's
 * signals, interviews and words to the survivor.
 */
@Component
class IdentityFollow {

    private record Waiting(UUID id, UUID agencyId, String kind) {
    }

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final OwnWords words;
    private final ApplicationEventPublisher events;

    IdentityFollow(JdbcClient jdbc, Subjects subjects, OwnWords words, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.words = words;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(SubjectResolved resolved) {
        List<Waiting> waiting = jdbc.sql("""
                        UPDATE signal SET subject_id = :subject WHERE person_record_id = :record AND subject_id IS NULL
                        RETURNING id, agency_id, kind""")
                .param("subject", resolved.subjectId()).param("record", resolved.recordId()).query(Waiting.class).list();
        for (Waiting w : waiting) {
            jdbc.sql("UPDATE return_home_interview SET subject_id = :subject WHERE episode_id = :id")
                    .param("subject", resolved.subjectId()).param("id", w.id()).update();
            events.publishEvent(new SignalRecorded(w.id(), resolved.subjectId(), w.agencyId(), w.kind()));
        }
    }

    @ApplicationModuleListener
    void on(SubjectsMerged merged) {
        UUID survivor = subjects.current(merged.survivorId());
        for (String table : List.of("signal", "return_home_interview")) {
            jdbc.sql("UPDATE " + table + " SET subject_id = :survivor WHERE subject_id = :absorbed")
                    .param("survivor", survivor).param("absorbed", merged.absorbedId()).update();
        }
        words.follow(merged.absorbedId(), survivor);
    }

    /** Signals about records identity moved to another subject (ADR 0073) go with them. */
    @ApplicationModuleListener
    void on(SubjectRecordsMoved moved) {
        UUID[] records = moved.recordIds().toArray(UUID[]::new);
        jdbc.sql("UPDATE signal SET subject_id = :to WHERE person_record_id = any(:records)")
                .param("to", moved.toSubject()).param("records", records).update();
        jdbc.sql("""
                UPDATE return_home_interview SET subject_id = :to
                WHERE episode_id IN (SELECT id FROM signal WHERE person_record_id = any(:records))""")
                .param("to", moved.toSubject()).param("records", records).update();
    }
}
