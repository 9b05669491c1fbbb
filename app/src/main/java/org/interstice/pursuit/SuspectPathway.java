package org.interstice.pursuit;

import org.interstice.pursuit.internal.*;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a suspect, each in one guarding method: check, change, record the stage history, audit, and
 * re-assess the alarm. A refusal comes back as a reason and nothing is written.
 */
@Component
public class SuspectPathway {

    private final JdbcClient jdbc;
    private final Suspects suspects;
    private final Users users;
    private final Audit audit;
    private final AlarmSweep sweep;
    private final SuspectRegistration registration;
    private final Clock clock;

    SuspectPathway(JdbcClient jdbc, Suspects suspects, Users users, Audit audit, AlarmSweep sweep,
                   SuspectRegistration registration, Clock clock) {
        this.registration = registration;
        this.jdbc = jdbc;
        this.suspects = suspects;
        this.users = users;
        this.audit = audit;
        this.sweep = sweep;
        this.clock = clock;
    }

    /**
     * The suspect for a POLE person named as a suspect in intelligence, registered now if the listener has not done
     * so yet, with the alarm re-assessed on everything recorded so far.
     */
    @Transactional
    public Optional<UUID> suspectFor(UUID personId) {
        registration.register(List.of(personId));
        return suspects.byPerson(personId).map(Suspect::id);
    }

    /** The suspect's current version, for optimistic locking of the next change. */
    public int version(UUID suspectId) {
        return suspects.byId(suspectId).map(Suspect::version).orElseThrow();
    }

    /** Done, or refused with a reason. */
    public record Result(String refusal) {
        static final Result DONE = new Result(null);
        static Result refused(String reason) { return new Result(reason); }
        public boolean done() { return refusal == null; }
    }

    @Transactional
    public Result advance(Viewer viewer, UUID suspectId, Stage target, LocalDate on, String note, int version) {
        Optional<Suspect> found = suspects.byId(suspectId);
        if (found.isEmpty()) return Result.refused("No such suspect");
        Suspect s = found.get();
        Optional<String> bad = dateProblem(on, s.stageEnteredOn()).or(() -> stale(s, version));
        if (bad.isEmpty() && target == null) bad = Optional.of("Choose the next stage");
        Pathway.Move move = bad.isPresent() ? null : s.pathway().advanceTo(target);
        if (move != null && !move.allowed()) bad = move.reason();
        if (bad.isPresent()) return refuse(viewer, "ADVANCE_PATHWAY", suspectId, bad.get());
        write(viewer, s, move.pathway(), on, note);
        audit.change(viewer, "ADVANCE_PATHWAY:" + target, "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.DONE;
    }

    @Transactional
    public Result close(Viewer viewer, UUID suspectId, Outcome outcome, OutcomeGroup group, LocalDate on, String note, int version) {
        Optional<Suspect> found = suspects.byId(suspectId);
        if (found.isEmpty()) return Result.refused("No such suspect");
        Suspect s = found.get();
        Optional<String> bad = dateProblem(on, s.stageEnteredOn()).or(() -> stale(s, version));
        Pathway.Move move = bad.isPresent() ? null : s.pathway().close(outcome, group);
        if (move != null && !move.allowed()) bad = move.reason();
        if (bad.isPresent()) return refuse(viewer, "RECORD_OUTCOME", suspectId, bad.get());
        write(viewer, s, move.pathway(), on, note);
        audit.change(viewer, "RECORD_OUTCOME:" + outcome, "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.DONE;
    }

    @Transactional
    public Result disrupt(Viewer viewer, UUID suspectId, DisruptionType type, String description, LocalDate takenOn,
                          LocalDate expiresOn, UUID ownerUserId) {
        if (suspects.byId(suspectId).isEmpty()) return Result.refused("No such suspect");
        Optional<String> bad = Optional.empty();
        if (type == null) bad = Optional.of("Choose the disruption action");
        else if (type == DisruptionType.OTHER && (description == null || description.isBlank()))
            bad = Optional.of("Describe the other disruption action");
        else if (takenOn == null) bad = Optional.of("Enter the date the action was taken");
        else if (takenOn.isAfter(today())) bad = Optional.of("The date the action was taken must be today or in the past");
        else if (expiresOn != null && expiresOn.isBefore(takenOn)) bad = Optional.of("The expiry date must be on or after the date taken");
        else if (ownerUserId != null && users.byId(ownerUserId).filter(UserSummary::active).isEmpty())
            bad = Optional.of("Choose an active user as the owner");
        if (bad.isPresent()) return refuse(viewer, "RECORD_DISRUPTION", suspectId, bad.get());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into disruption_action (id, suspect_id, action_type, description, taken_on, expires_on, owner_user_id,
                            recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, suspectId, type.name(), description == null || description.isBlank() ? null : description.trim(),
                        takenOn, expiresOn, ownerUserId == null ? viewer.userId() : ownerUserId, Timestamp.from(now()), viewer.userId())
                .update();
        audit.change(viewer, "RECORD_DISRUPTION:" + type, "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.DONE;
    }

    /** Names the police lead, who owns the suspect's alarm. */
    @Transactional
    public Result assignLead(Viewer viewer, UUID suspectId, UUID leadUserId, int version) {
        Optional<Suspect> found = suspects.byId(suspectId);
        if (found.isEmpty()) return Result.refused("No such suspect");
        Optional<String> bad = stale(found.get(), version);
        if (bad.isEmpty() && users.byId(leadUserId).filter(u -> u.active() && u.role() == Role.POLICE_INVESTIGATOR).isEmpty())
            bad = Optional.of("Choose an active police investigator as the police lead");
        if (bad.isPresent()) return refuse(viewer, "ASSIGN_POLICE_LEAD", suspectId, bad.get());
        jdbc.sql("update suspect set owner_user_id = ?, version = version + 1 where id = ?").params(leadUserId, suspectId).update();
        audit.change(viewer, "ASSIGN_POLICE_LEAD", "suspect", suspectId);
        return Result.DONE;
    }

    /** Records ethnicity and nationality; "not yet obtained" and "refused" are explicit values, never blanks. */
    @Transactional
    public Result describe(Viewer viewer, UUID suspectId, Ethnicity ethnicity, Nationality nationality, int version) {
        Optional<Suspect> found = suspects.byId(suspectId);
        if (found.isEmpty()) return Result.refused("No such suspect");
        Optional<String> bad = stale(found.get(), version);
        if (bad.isEmpty() && ethnicity == null) bad = Optional.of("Choose an ethnicity, or \"Refused\" or \"Information not yet obtained\"");
        if (bad.isEmpty() && nationality == null) bad = Optional.of("Choose a nationality, or \"Refused\" or \"Information not yet obtained\"");
        if (bad.isPresent()) return refuse(viewer, "RECORD_ETHNICITY_NATIONALITY", suspectId, bad.get());
        jdbc.sql("update suspect set ethnicity = ?, nationality = ?, version = version + 1 where id = ?")
                .params(ethnicity.name(), nationality.code(), suspectId).update();
        audit.change(viewer, "RECORD_ETHNICITY_NATIONALITY", "suspect", suspectId);
        return Result.DONE;
    }

    /** Ends an open alarm by a recorded decision; the reason is mandatory. New intelligence raises it again. */
    @Transactional
    public Result decide(Viewer viewer, UUID suspectId, String reason) {
        if (reason == null || reason.trim().length() < 10)
            return refuse(viewer, "DECIDE_ALARM", suspectId, "Give the reason for the decision (at least 10 characters)");
        jdbc.sql("select id from suspect where id = ? for update").param(suspectId).query(UUID.class).optional();
        int ended = jdbc.sql("""
                        update pursuit_alarm set ended_at = ?, end_kind = 'DECISION', end_reason = ?, ended_by = ?, version = version + 1
                        where suspect_id = ? and ended_at is null""")
                .params(Timestamp.from(now()), reason.trim(), viewer.userId(), suspectId).update();
        if (ended == 0) return refuse(viewer, "DECIDE_ALARM", suspectId, "There is no open alarm for this suspect");
        audit.change(viewer, "DECIDE_ALARM", "suspect", suspectId);
        return Result.DONE;
    }

    private void write(Viewer viewer, Suspect s, Pathway p, LocalDate on, String note) {
        int updated = jdbc.sql("""
                        update suspect set stage = ?, outcome = ?, outcome_group = ?, stage_entered_on = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(p.stage().name(), p.outcome() == null ? null : p.outcome().name(),
                        p.outcomeGroup() == null ? null : p.outcomeGroup().name(), on, s.id(), s.version())
                .update();
        if (updated == 0) throw new org.springframework.dao.OptimisticLockingFailureException("suspect " + s.id() + " changed");
        jdbc.sql("""
                        insert into suspect_stage_history (id, suspect_id, stage, entered_on, outcome, outcome_group, note, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), s.id(), p.stage().name(), on, p.outcome() == null ? null : p.outcome().name(),
                        p.outcomeGroup() == null ? null : p.outcomeGroup().name(), note == null || note.isBlank() ? null : note.trim(),
                        Timestamp.from(now()), viewer.userId())
                .update();
    }

    private Result refuse(Viewer viewer, String action, UUID suspectId, String reason) {
        audit.record(viewer, action, "suspect", suspectId, "REFUSED: " + reason);
        return Result.refused(reason);
    }

    private Optional<String> dateProblem(LocalDate on, LocalDate since) {
        if (on == null) return Optional.of("Enter the date");
        if (on.isAfter(today())) return Optional.of("The date must be today or in the past");
        if (since != null && on.isBefore(since)) return Optional.of("The date cannot be before the current stage began (" + since + ")");
        return Optional.empty();
    }

    private static Optional<String> stale(Suspect s, int version) {
        return s.version() == version ? Optional.empty()
                : Optional.of("Someone else has changed this suspect since you opened the page: check it and try again");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
