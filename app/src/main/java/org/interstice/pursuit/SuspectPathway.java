package org.interstice.pursuit;

import org.interstice.pursuit.internal.*;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
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
    private final Subjects subjects;
    private final Clock clock;

    SuspectPathway(JdbcClient jdbc, Suspects suspects, Users users, Audit audit, AlarmSweep sweep,
                   SuspectRegistration registration, Subjects subjects, Clock clock) {
        this.subjects = subjects;
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

    /** Done, or refused with a reason; {@code errors} names the fields at fault (form and API field names), if any. */
    public record Result(String refusal, Map<String, String> errors, UUID id) {
        static final Result DONE = new Result(null, Map.of(), null);
        static Result done(UUID id) { return new Result(null, Map.of(), id); }
        static Result refused(String reason) { return new Result(reason, Map.of(), null); }
        static Result invalid(Map<String, String> errors) { return new Result(errors.values().iterator().next(), Map.copyOf(errors), null); }
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
        return disrupt(viewer, suspectId, NewDisruption.of(type, description, takenOn, expiresOn, ownerUserId));
    }

    /** Records a disruption action with the details its type needs; refused field by field, writing nothing. */
    @Transactional
    public Result disrupt(Viewer viewer, UUID suspectId, NewDisruption d) {
        if (suspects.byId(suspectId).isEmpty()) return Result.refused("No such suspect");
        Optional<DisruptionRules.Child> child = Optional.ofNullable(d.childSubjectId()).map(id -> {
            Optional<SubjectSummary> found = subjects.byId(id);
            return new DisruptionRules.Child() {
                public boolean known() { return found.isPresent(); }
                public java.util.OptionalInt ageOn(LocalDate date) { return found.map(f -> f.ageOn(date)).orElse(java.util.OptionalInt.empty()); }
            };
        });
        Map<String, String> errors = new LinkedHashMap<>(DisruptionRules.problems(d, today(), child));
        if (d.ownerUserId() != null && users.byId(d.ownerUserId()).filter(UserSummary::active).isEmpty())
            errors.put("owner", "Choose an active user as the owner");
        if (!errors.isEmpty()) {
            refuse(viewer, "RECORD_DISRUPTION", suspectId, String.join("; ", errors.values()));
            return Result.invalid(errors);
        }
        DisruptionType type = d.type();
        DisruptionType.Details details = type.details();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into disruption_action (id, suspect_id, action_type, description, taken_on, expires_on, owner_user_id,
                            recorded_at, recorded_by, child_subject_id, cawn_type, court, conditions, authority, licence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, suspectId, type.name(), trimmed(d.description()), d.takenOn(), d.expiresOn(),
                        d.ownerUserId() == null ? viewer.userId() : d.ownerUserId(), Timestamp.from(now()), viewer.userId(),
                        details == DisruptionType.Details.CHILD ? subjects.current(d.childSubjectId()) : null,
                        details == DisruptionType.Details.CHILD ? d.cawnType().name() : null,
                        details == DisruptionType.Details.ORDER ? trimmed(d.court()) : null,
                        details == DisruptionType.Details.ORDER ? trimmed(d.conditions()) : null,
                        details == DisruptionType.Details.LICENCE ? trimmed(d.authority()) : null,
                        details == DisruptionType.Details.LICENCE ? trimmed(d.licence()) : null)
                .update();
        audit.change(viewer, "RECORD_DISRUPTION:" + type, "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.done(id);
    }

    /**
     * Records a breach of a notice or order. A breach is not an action: the order stops keeping the alarm quiet, and the
     * breach is shown among the alarm's reasons.
     */
    @Transactional
    public Result recordBreach(Viewer viewer, UUID suspectId, UUID disruptionId, LocalDate on, String note) {
        Optional<Suspects.Disruption> found = disruptionId == null ? Optional.empty()
                : suspects.disruptions(suspectId).stream().filter(x -> x.id().equals(disruptionId)).findFirst();
        Map<String, String> errors = new LinkedHashMap<>();
        if (found.isEmpty()) errors.put("disruption", "Choose the notice or order that was breached");
        else if (!found.get().type().breachable()) errors.put("disruption", "Only a notice or an order can be breached");
        if (on == null) errors.put("breachedOn", "Enter the date of the breach");
        else if (on.equals(LocalDate.MAX)) errors.put("breachedOn", "Enter the date of the breach as a real date, for example " + today());
        else if (on.isAfter(today())) errors.put("breachedOn", "The date of the breach must be today or in the past");
        else if (found.isPresent() && on.isBefore(found.get().takenOn()))
            errors.put("breachedOn", "The breach cannot be before the " + found.get().label() + " was made or issued (" + found.get().takenOn() + ")");
        else if (found.isPresent() && found.get().expiresOn() != null && on.isAfter(found.get().expiresOn()))
            errors.put("breachedOn", "The " + found.get().label() + " had expired on " + found.get().expiresOn() + ": it cannot be breached after that");
        if (!errors.isEmpty()) {
            refuse(viewer, "RECORD_BREACH", suspectId, String.join("; ", errors.values()));
            return Result.invalid(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into disruption_breach (id, disruption_id, breached_on, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, disruptionId, on, trimmed(note), Timestamp.from(now()), viewer.userId()).update();
        audit.change(viewer, "RECORD_BREACH:" + found.get().type(), "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.done(id);
    }

    /**
     * Records an action in an open investigation (an interview, a search, a forensic submission, a file review): an open
     * investigation keeps the alarm quiet only while it records actions.
     */
    @Transactional
    public Result recordInvestigationAction(Viewer viewer, UUID suspectId, LocalDate on, String description) {
        Optional<Suspect> found = suspects.byId(suspectId);
        if (found.isEmpty()) return Result.refused("No such suspect");
        Suspect s = found.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!s.stage().pursuing()) errors.put("action", "There is no open investigation: the suspect is at " + s.stage().label().toLowerCase());
        if (description == null || description.isBlank()) errors.put("action", "Describe the action taken");
        dateProblem(on, s.stageEnteredOn()).ifPresent(p -> errors.put("actionOn", p));
        if (!errors.isEmpty()) {
            refuse(viewer, "RECORD_INVESTIGATION_ACTION", suspectId, String.join("; ", errors.values()));
            return Result.invalid(errors);
        }
        jdbc.sql("insert into investigation_action (id, suspect_id, taken_on, description, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), suspectId, on, description.trim(), Timestamp.from(now()), viewer.userId()).update();
        audit.change(viewer, "RECORD_INVESTIGATION_ACTION", "suspect", suspectId);
        sweep.sweep(List.of(suspectId), today());
        return Result.DONE;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
