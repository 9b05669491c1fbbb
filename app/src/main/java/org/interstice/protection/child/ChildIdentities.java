package org.interstice.protection.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.IncomingPerson.Name;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.identity.PersonIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a child first named in a contact into the single view, as the referring agency's record of the child, so
 * that the contact is linked with every other agency's record of the same child (promise P1: nothing known is
 * lost). Identity decides the subject: an existing child when the record matches one, a new subject otherwise.
 * When identity sends the record to review, protection holds the child under a provisional id until the review
 * decides ({@link #resolved}).
 */
@Component
public class ChildIdentities {

    /** The source system of records that protection writes to the single view. */
    public static final String SOURCE_SYSTEM = "interstice-contact";

    private final PersonIntake intake;
    private final ProtectionChildren children;
    private final JdbcClient jdbc;

    ChildIdentities(PersonIntake intake, ProtectionChildren children, JdbcClient jdbc) {
        this.intake = intake;
        this.children = children;
        this.jdbc = jdbc;
    }

    /** Records the child named in contact {@code contactId} and returns the subject protection should use. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(Viewer viewer, UUID contactId, String statedName, LocalDate birthDate, LocalDate firstKnown) {
        String name = statedName.strip();
        IncomingPerson person = new IncomingPerson(viewer.agencyId(), SOURCE_SYSTEM, "contact-" + contactId,
                List.of(Name.ofFull(NameKind.PRIMARY, name)), birthDate, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                firstKnown);
        intake.prepare(viewer, List.of(person));
        PersonIntake.Outcome outcome = intake.accept(viewer, List.of(person)).get(0);
        UUID subject = outcome.subjectId() != null ? outcome.subjectId() : UUID.randomUUID();
        children.ensure(subject, name, birthDate);
        if (outcome.subjectId() == null) {
            jdbc.sql("INSERT INTO protection_identity_pending (record_id, provisional_id) VALUES (:record, :subject)")
                    .param("record", outcome.recordId()).param("subject", subject).update();
        }
        return subject;
    }

    /**
     * Called when identity resolves a record: if it is a contact's record that waited for review, the child's
     * protection records move from the provisional id to the decided subject. Returns the provisional id moved.
     */
    @Transactional
    /** {@link #resolved(UUID, UUID, java.time.OffsetDateTime)} for a batch of records, with one query. */
    public void resolved(List<org.interstice.identity.SubjectResolved> batch, java.time.OffsetDateTime now) {
        java.util.Map<UUID, UUID> subjectOf = new java.util.HashMap<>();
        batch.forEach(r -> subjectOf.put(r.recordId(), r.subjectId()));
        jdbc.sql("DELETE FROM protection_identity_pending WHERE record_id = any(:records) RETURNING record_id, provisional_id")
                .param("records", subjectOf.keySet().toArray(UUID[]::new))
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                .forEach(e -> children.follow(e.getValue(), subjectOf.get(e.getKey()), now));
    }

    public Optional<UUID> resolved(UUID recordId, UUID subjectId, java.time.OffsetDateTime now) {
        Optional<UUID> provisional = jdbc.sql("DELETE FROM protection_identity_pending WHERE record_id = :record RETURNING provisional_id")
                .param("record", recordId).query(UUID.class).optional();
        provisional.ifPresent(p -> children.follow(p, subjectId, now));
        return provisional;
    }
}
