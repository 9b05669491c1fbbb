package org.interstice.signals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a child said, as the child said it, with who heard it, when and where (a contact, a screening, a return home
 * interview, a visit or a plan). Never paraphrased or edited: a correction is a new entry.
 */
@Component
public class OwnWords {

    public enum Context {
        CONTACT("Contact"), SCREENING("Screening"), RETURN_INTERVIEW("Return home interview"), VISIT("Visit"),
        PLAN("Plan"), OTHER("Other");

        private final String label;

        Context(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The words as recorded. */
    public record Words(UUID id, UUID subjectId, String words, String heardBy, OffsetDateTime heardAt, Context context,
                       UUID contextId, String agency) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;

    OwnWords(JdbcClient jdbc, Clock clock, Audit audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public UUID record(UUID subjectId, String words, String heardBy, OffsetDateTime heardAt, Context context,
                       UUID contextId, Viewer viewer) {
        if (words == null || words.isBlank()) {
            throw new SignalRefusal("words", "Write what the child said, in the child's words");
        }
        if (words.length() > 8000) {
            throw new SignalRefusal("words", "Keep the child's words to 8,000 characters");
        }
        if (heardBy == null || heardBy.isBlank()) {
            throw new SignalRefusal("heardBy", "Say who heard it");
        }
        if (heardAt == null || heardAt.isAfter(OffsetDateTime.now(clock))) {
            throw new SignalRefusal("heardAt", "Give when it was said, not in the future");
        }
        if (context == null) {
            throw new SignalRefusal("context", "Choose where it was said");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO child_words (id, subject_id, words, heard_by, heard_at, context, context_id, agency_id,
                                         recorded_at, recorded_by)
                VALUES (:id, :subject, :words, :heardBy, :heardAt, :context, :contextId, :agency, :now, :by)""")
                .param("id", id).param("subject", subjectId).param("words", words.strip()).param("heardBy", heardBy.strip())
                .param("heardAt", heardAt).param("context", context.name()).param("contextId", contextId)
                .param("agency", viewer.agencyId()).param("now", OffsetDateTime.now(clock))
                .param("by", viewer.displayName()).update();
        audit.change(viewer, "signal.child-words.recorded", "child-words", id);
        return id;
    }

    /** The child's words, newest first. */
    public List<Words> forChild(UUID subjectId) {
        return jdbc.sql("""
                        SELECT w.id, w.subject_id, w.words, w.heard_by, w.heard_at, w.context, w.context_id, a.name AS agency
                        FROM child_words w LEFT JOIN agency a ON a.id = w.agency_id
                        WHERE w.subject_id = :id ORDER BY w.heard_at DESC""")
                .param("id", subjectId).query(Words.class).list();
    }

    /** Which of these records (screenings, plans, visits...) have the child's words recorded with them. */
    public Set<UUID> heardIn(List<UUID> contextIds) {
        if (contextIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT DISTINCT context_id FROM child_words WHERE context_id IN (:ids)")
                .param("ids", contextIds).query(UUID.class).list());
    }

    /** Moves a child's words after identity merged two subjects. */
    @Transactional
    public void follow(UUID absorbed, UUID survivor) {
        jdbc.sql("UPDATE child_words SET subject_id = :survivor WHERE subject_id = :absorbed")
                .param("survivor", survivor).param("absorbed", absorbed).update();
    }
}
