package org.interstice.signals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.IncomingPerson.Name;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.identity.PersonIntake;
import org.interstice.identity.Subjects;
import org.interstice.signals.internal.ReturnInterviewClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a signal from an agency (API, form, CSV or an intelligence report): validates every field first, resolves
 * the child through identity when only a person is given, stores the signal once per agency reference, opens a return
 * home interview clock for a missing episode with a return time, audits and publishes {@link SignalRecorded}.
 * A repeat of the agency's reference returns the stored signal; a repeat that adds the return time of a missing
 * episode records the return and opens the clock.
 */
@Component
public class SignalIntake {

    /** The source system of person records that signals write to the single view. */
    public static final String SOURCE_SYSTEM = "interstice-signal";

    /** Where the signal came from. */
    public enum Via { API, FORM, CSV, INTELLIGENCE, DEMO }

    /** The stored signal; {@code created} is false for a repeat of the agency's reference. */
    public record Recorded(UUID id, UUID subjectId, boolean created) {
    }

    private record Stored(UUID id, UUID subjectId, String kind, OffsetDateTime occurredAt, OffsetDateTime endedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;
    private final PersonIntake intake;
    private final Subjects subjects;
    private final ReturnInterviewClocks interviews;
    private final ApplicationEventPublisher events;

    SignalIntake(JdbcClient jdbc, Clock clock, Audit audit, PersonIntake intake, Subjects subjects,
                 ReturnInterviewClocks interviews, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.intake = intake;
        this.subjects = subjects;
        this.interviews = interviews;
        this.events = events;
    }

    @Transactional
    public Recorded record(Viewer viewer, NewSignal s, Via via) {
        if (viewer.agencyId() == null) {
            throw new SignalRefusal("agency", "Only an agency can send a signal");
        }
        String kind = s.kind() == null ? "" : s.kind().strip().toUpperCase();
        if (kind.isEmpty() || jdbc.sql("SELECT count(*) FROM signal_kind WHERE code = :kind").param("kind", kind)
                .query(Long.class).single() == 0) {
            throw new SignalRefusal("kind", "Choose a kind of signal, such as MISSING_EPISODE or POLICE_INCIDENT");
        }
        if (blank(s.sourceId()) || s.sourceId().strip().length() > 200) {
            throw new SignalRefusal("sourceId", "Give your agency's own reference for the signal (at most 200 characters)");
        }
        String sourceId = s.sourceId().strip();
        Optional<Stored> existing = stored(viewer.agencyId(), sourceId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        validateTimes(s, now);
        if (existing.isPresent()) {
            return repeat(existing.get(), s, viewer);
        }
        if (blank(s.summary())) {
            throw new SignalRefusal("summary", "Say what happened");
        }
        if (s.summary().strip().length() > 4000) {
            throw new SignalRefusal("summary", "Keep the summary to 4,000 characters");
        }
        UUID subjectId = null;
        UUID recordId = null;
        if (s.subjectId() != null) {
            subjectId = subjects.byId(s.subjectId()).map(x -> x.id())
                    .orElseThrow(() -> new SignalRefusal("subjectId", "No child has this subject id"));
        } else if (s.person() == null) {
            throw new SignalRefusal("subjectId", "Give the child's subjectId, or the person with given_name, family_name and dob");
        } else {
            PersonIntake.Outcome outcome = resolve(viewer, sourceId, s.person(), now);
            recordId = outcome.recordId();
            subjectId = outcome.subjectId();
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO signal (id, kind, agency_id, source_id, subject_id, person_record_id, occurred_at, ended_at,
                                    place, exploitation_indicator, summary, received_via, recorded_at, recorded_by)
                VALUES (:id, :kind, :agency, :source, :subject, :record, :occurred, :ended, :place, :exploitation,
                        :summary, :via, :now, :by)
                ON CONFLICT (agency_id, source_id) DO NOTHING""")
                .param("id", id).param("kind", kind).param("agency", viewer.agencyId()).param("source", sourceId)
                .param("subject", subjectId).param("record", recordId).param("occurred", s.occurredAt())
                .param("ended", s.endedAt()).param("place", blankToNull(s.place()))
                .param("exploitation", s.exploitationIndicator()).param("summary", s.summary().strip())
                .param("via", via.name()).param("now", now).param("by", viewer.displayName()).update();
        if (inserted == 0) {
            Stored raced = stored(viewer.agencyId(), sourceId).orElseThrow();
            return new Recorded(raced.id(), raced.subjectId(), false);
        }
        if ("MISSING_EPISODE".equals(kind) && s.endedAt() != null) {
            interviews.open(id, subjectId, s.endedAt());
        }
        audit.change(viewer, "signal.recorded", "signal", id);
        events.publishEvent(new SignalRecorded(id, subjectId, viewer.agencyId(), kind));
        return new Recorded(id, subjectId, true);
    }

    private Recorded repeat(Stored stored, NewSignal s, Viewer viewer) {
        if ("MISSING_EPISODE".equals(stored.kind()) && stored.endedAt() == null && s.endedAt() != null) {
            if (s.endedAt().isBefore(stored.occurredAt())) {
                throw new SignalRefusal("endedAt", "The return must be after the episode started");
            }
            jdbc.sql("UPDATE signal SET ended_at = :ended, place = coalesce(:place, place) WHERE id = :id")
                    .param("ended", s.endedAt()).param("place", blankToNull(s.place())).param("id", stored.id()).update();
            interviews.open(stored.id(), stored.subjectId(), s.endedAt());
            audit.change(viewer, "signal.episode-ended", "signal", stored.id());
            events.publishEvent(new SignalRecorded(stored.id(), stored.subjectId(), viewer.agencyId(), stored.kind()));
        }
        return new Recorded(stored.id(), stored.subjectId(), false);
    }

    private static void validateTimes(NewSignal s, OffsetDateTime now) {
        if (s.occurredAt() == null) {
            throw new SignalRefusal("occurredAt", "Give when it happened (for a missing episode, when it started)");
        }
        if (s.occurredAt().isAfter(now)) {
            throw new SignalRefusal("occurredAt", "When it happened cannot be in the future");
        }
        if (s.endedAt() != null && s.endedAt().isBefore(s.occurredAt())) {
            throw new SignalRefusal("endedAt", "The end (return) must be after the start");
        }
        if (s.endedAt() != null && s.endedAt().isAfter(now)) {
            throw new SignalRefusal("endedAt", "The end (return) cannot be in the future");
        }
    }

    private PersonIntake.Outcome resolve(Viewer viewer, String sourceId, NewSignal.Person p, OffsetDateTime now) {
        if (blank(p.givenName())) {
            throw new SignalRefusal("person.given_name", "Give the child's given name");
        }
        if (blank(p.familyName())) {
            throw new SignalRefusal("person.family_name", "Give the child's family name");
        }
        if (p.dob() == null) {
            throw new SignalRefusal("person.dob", "Give the child's date of birth (YYYY-MM-DD)");
        }
        if (p.dob().isAfter(now.toLocalDate())) {
            throw new SignalRefusal("person.dob", "The date of birth cannot be in the future");
        }
        List<IncomingPerson.Address> addresses = new ArrayList<>();
        if (!blank(p.postcode())) {
            addresses.add(new IncomingPerson.Address(null, p.postcode().strip(), null, null));
        }
        IncomingPerson person = new IncomingPerson(viewer.agencyId(), SOURCE_SYSTEM, "signal-" + sourceId,
                List.of(new Name(NameKind.PRIMARY, p.givenName().strip(), p.familyName().strip())), p.dob(), null, null,
                null, addresses, List.of(), List.of(), blankToNull(p.nhsNumber()), blankToNull(p.upn()),
                blankToNull(p.pncId()), now.toLocalDate());
        intake.prepare(viewer, List.of(person));
        return intake.accept(viewer, List.of(person)).get(0);
    }

    private Optional<Stored> stored(UUID agencyId, String sourceId) {
        return jdbc.sql("""
                        SELECT id, subject_id, kind, occurred_at, ended_at FROM signal
                        WHERE agency_id = :agency AND source_id = :source""")
                .param("agency", agencyId).param("source", sourceId).query(Stored.class).optional();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
