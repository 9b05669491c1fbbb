package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.pursuit.PursuitAlarmEscalated;
import org.interstice.pursuit.PursuitAlarmRaised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the "named but not pursued" rule to suspects and keeps the alarm table in step: raises (publishing
 * {@link PursuitAlarmRaised}), escalates (publishing {@link PursuitAlarmEscalated}) and ends alarms once an action
 * is recorded. Decisions end alarms through {@link SuspectPathway#decide}.
 */
@Component
public class AlarmSweep {

    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final SuspectEvidence evidence;
    private final ChildrenAtRisk childrenAtRisk;
    private final NamedButNotPursued rule;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AlarmSweep(JdbcClient jdbc, SuspectEvidence evidence, ChildrenAtRisk childrenAtRisk, AlarmSettings settings,
               ApplicationEventPublisher events, Clock clock, org.springframework.transaction.support.TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.childrenAtRisk = childrenAtRisk;
        this.rule = new NamedButNotPursued(settings.policy());
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sweeps every suspect, a batch per transaction. A batch that meets a deadlock (with a sweep of one suspect after a
     * report or an action) is retried: PostgreSQL has already rolled it back.
     */
    public int sweepAll(LocalDate today) {
        List<UUID> ids = jdbc.sql("select id from suspect where merged_into is null order by id").query(UUID.class).list();
        int raised = 0;
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            raised += Deadlocks.retried(transactions, status -> sweep(batch, today));
        }
        return raised;
    }

    /** Re-assesses the given suspects; returns how many have an open alarm afterwards. */
    @Transactional
    public int sweep(Collection<UUID> suspectIds, LocalDate today) {
        return org.interstice.GenericPlans.within(jdbc, () -> assess(suspectIds, today));
    }

    private int assess(Collection<UUID> suspectIds, LocalDate today) {
        Map<UUID, Suspect> suspects = new HashMap<>();
        // Lock the suspects so sweeps and decisions about one suspect happen one after another, each seeing the last.
        jdbc.sql("select " + Suspects.COLUMNS + " from suspect s where s.id = any(cast(? as uuid[])) order by s.id for update").param(array(suspectIds))
                .query((rs, n) -> Suspects.map(rs)).list().forEach(s -> suspects.put(s.id(), s));
        Map<UUID, SuspectEvidence.Evidence> byPerson = evidence.forSuspects(suspects.values().stream().map(Suspect::personId).toList());
        Map<UUID, List<String>> names = evidence.namesUsed(suspects.values().stream().map(Suspect::personId).toList());
        Map<UUID, List<ChildrenAtRisk.ChildAtRisk>> atRisk = childrenAtRisk.atRisk(byPerson.values());
        Map<UUID, List<SuspectFacts.Action>> actions = actions(suspectIds);
        AlarmState alarms = alarms(suspectIds);
        Map<UUID, SuspectFacts.Decision> decisions = alarms.decisions();
        Map<UUID, OpenAlarm> open = alarms.open();
        int count = 0;
        Instant now = clock.instant();
        for (Suspect s : suspects.values()) {
            SuspectEvidence.Evidence ev = byPerson.getOrDefault(s.personId(), new SuspectEvidence.Evidence(s.personId(), List.of(), List.of()));
            List<ChildrenAtRisk.ChildAtRisk> children = atRisk.getOrDefault(s.personId(), List.of());
            SuspectFacts facts = new SuspectFacts(s.pathway(), s.stageEnteredOn(),
                    ev.namings().stream().map(n -> new SuspectFacts.Naming(n.reportId(), n.reportedOn(), n.sourceKey())).toList(),
                    children.stream().map(c -> new SuspectFacts.ChildLink(c.namedTheSuspect() ? c.childSubjectId() : c.childPersonId(),
                            c.linkedOn(), c.topLevel(), c.namedTheSuspect())).toList(),
                    actions.getOrDefault(s.id(), List.of()), decisions.get(s.id()));
            NamedButNotPursued.Assessment a = rule.assess(facts, today);
            if (apply(s, withNames(a, names.getOrDefault(s.personId(), List.of())), children, open.get(s.id()), today, now)) count++;
        }
        return count;
    }

    private boolean apply(Suspect s, NamedButNotPursued.Assessment a, List<ChildrenAtRisk.ChildAtRisk> children,
                          OpenAlarm open, LocalDate today, Instant now) {
        String reasons = String.join("\n", a.reasons());
        String childIds = array(ChildrenAtRisk.linked(children).stream().map(ChildrenAtRisk.ChildAtRisk::childPersonId).distinct().toList());
        if (open != null && a.raised() && a.dueOn().isAfter(open.dueOn())) {
            // an action was recorded: it ends this alarm, and the clock restarts from it
            jdbc.sql("""
                            update pursuit_alarm set ended_at = ?, end_kind = 'ACTION', end_reason = ?, version = version + 1
                            where id = ? and ended_at is null""")
                    .params(Timestamp.from(now), "Action recorded; the clock restarted and ran out again on " + a.dueOn(), open.id()).update();
            open = null;
        }
        if (!a.raised()) {
            if (open != null) {
                jdbc.sql("""
                                update pursuit_alarm set ended_at = ?, end_kind = 'ACTION', end_reason = ?, version = version + 1
                                where id = ? and ended_at is null""")
                        .params(Timestamp.from(now), a.reasons().get(a.reasons().size() - 1), open.id()).update();
            }
            return false;
        }
        if (open == null) {
            UUID id = UUID.randomUUID();
            boolean escalated = a.escalated();
            int inserted = jdbc.sql("""
                            insert into pursuit_alarm (id, suspect_id, due_on, raised_at, escalates_on, escalated_at,
                                independent_reports, linked_children, reasons)
                            values (?, ?, ?, ?, ?, ?, ?, cast(? as uuid[]), ?)
                            on conflict (suspect_id) where ended_at is null do nothing""")
                    .params(id, s.id(), a.dueOn(), Timestamp.from(now), a.escalatesOn(), escalated ? Timestamp.from(now) : null,
                            a.independentReports(), childIds, reasons)
                    .update();
            if (inserted == 0) return true; // raised meanwhile by a concurrent sweep, which published the event
            events.publishEvent(new PursuitAlarmRaised(id, s.id(), s.subjectId(), a.dueOn()));
            if (escalated) events.publishEvent(new PursuitAlarmEscalated(id, s.id(), s.subjectId(), today));
            return true;
        }
        boolean newlyEscalated = a.escalated() && !open.escalated();
        jdbc.sql("""
                        update pursuit_alarm set independent_reports = ?, linked_children = cast(? as uuid[]), reasons = ?,
                            escalated_at = case when ? then ? else escalated_at end, version = version + 1
                        where id = ?""")
                .params(a.independentReports(), childIds, reasons, newlyEscalated, Timestamp.from(now), open.id()).update();
        if (newlyEscalated) events.publishEvent(new PursuitAlarmEscalated(open.id(), s.id(), s.subjectId(), today));
        return true;
    }

    /** The rule counts the man across all his names; the reasons say which names the reports used. */
    private static NamedButNotPursued.Assessment withNames(NamedButNotPursued.Assessment a, List<String> names) {
        if (names.size() < 2) return a;
        List<String> reasons = new ArrayList<>(a.reasons());
        reasons.add(Math.min(1, reasons.size()), NAMES_USED + String.join(", ", names));
        return new NamedButNotPursued.Assessment(a.raised(), a.dueOn(), a.escalatesOn(), a.escalated(), a.independentReports(),
                a.childrenAtRisk(), reasons);
    }

    /** The start of the reason line that lists the names used (callers who may not see names leave it out). */
    public static final String NAMES_USED = "Named as: ";

    private record OpenAlarm(UUID id, boolean escalated, LocalDate dueOn) {
    }

    /** Each suspect's open alarm and the last decision that ended one, in one read. */
    private record AlarmState(Map<UUID, OpenAlarm> open, Map<UUID, SuspectFacts.Decision> decisions) {
    }

    private AlarmState alarms(Collection<UUID> ids) {
        Map<UUID, OpenAlarm> open = new HashMap<>();
        Map<UUID, SuspectFacts.Decision> decisions = new HashMap<>();
        ZoneId zone = clock.getZone();
        jdbc.sql("""
                        select 'OPEN', suspect_id, id, escalated_at is not null, due_on, cast(null as timestamptz), cast(null as text)
                        from pursuit_alarm where ended_at is null and suspect_id = any(cast(:ids as uuid[]))
                        union all
                        (select distinct on (suspect_id) 'DECISION', suspect_id, null, null, null, ended_at, end_reason from pursuit_alarm
                         where end_kind = 'DECISION' and suspect_id = any(cast(:ids as uuid[])) order by suspect_id, ended_at desc)""")
                .param("ids", array(ids)).query(rs -> {
                    UUID suspect = rs.getObject(2, UUID.class);
                    if (rs.getString(1).equals("OPEN"))
                        open.put(suspect, new OpenAlarm(rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getObject(5, LocalDate.class)));
                    else
                        decisions.put(suspect, new SuspectFacts.Decision(rs.getTimestamp(6).toInstant().atZone(zone).toLocalDate(), rs.getString(7)));
                });
        return new AlarmState(open, decisions);
    }

    /**
     * Every action on the suspects (a suspect merged into another, the same man joined in intelligence, still counts
     * his actions for him): the pathway stages past identification, investigation actions, disruptions and their
     * breaches. Two reads, each simple to plan (the sweep runs after every report): the suspects asked about and those
     * merged into them, each with the suspect his actions count for (two index look-ups: an OR across the two columns
     * made PostgreSQL scan); then their actions of the four kinds, by suspect.
     */
    private Map<UUID, List<SuspectFacts.Action>> actions(Collection<UUID> ids) {
        Map<UUID, UUID> ownerOf = new HashMap<>();
        jdbc.sql("""
                        select id, coalesce(merged_into, id) from suspect where id = any(cast(:ids as uuid[]))
                        union
                        select id, merged_into from suspect where merged_into = any(cast(:ids as uuid[]))""")
                .param("ids", array(ids)).query(rs -> { ownerOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)); });
        if (ownerOf.isEmpty()) return new HashMap<>();
        record Row(String kind, UUID suspect, LocalDate on, String type, String text, LocalDate expires, UUID id) {
        }
        List<Row> rows = new ArrayList<>();
        jdbc.sql("""
                        select 'STAGE', suspect_id, entered_on, stage, outcome, cast(null as date), cast(null as uuid)
                        from suspect_stage_history where suspect_id = any(cast(:ids as uuid[])) and stage not in ('NAMED', 'IDENTIFIED')
                        union all
                        select 'INVESTIGATION', suspect_id, taken_on, null, description, null, null
                        from investigation_action where suspect_id = any(cast(:ids as uuid[]))
                        union all
                        select 'BREACH', d.suspect_id, b.breached_on, null, null, null, b.disruption_id
                        from disruption_breach b join disruption_action d on d.id = b.disruption_id where d.suspect_id = any(cast(:ids as uuid[]))
                        union all
                        select 'DISRUPTION', suspect_id, taken_on, action_type, description, expires_on, id
                        from disruption_action where suspect_id = any(cast(:ids as uuid[]))""")
                .param("ids", array(ownerOf.keySet())).query(rs -> {
                    rows.add(new Row(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, UUID.class)));
                });
        Map<UUID, List<LocalDate>> breaches = new HashMap<>();
        for (Row r : rows)
            if (r.kind().equals("BREACH")) breaches.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.on());
        Map<UUID, List<SuspectFacts.Action>> out = new HashMap<>();
        for (Row r : rows) {
            SuspectFacts.Action action = switch (r.kind()) {
                case "STAGE" -> {
                    Stage stage = Stage.valueOf(r.type());
                    yield stage == Stage.INVESTIGATION ? SuspectFacts.Action.investigationOpened(r.on())
                            : SuspectFacts.Action.pursuit(r.on(), r.text() != null ? Outcome.valueOf(r.text()).label() : stage.label());
                }
                case "INVESTIGATION" -> SuspectFacts.Action.pursuit(r.on(), "Investigation action: " + r.text());
                case "DISRUPTION" -> {
                    DisruptionType type = DisruptionType.valueOf(r.type());
                    String label = type == DisruptionType.OTHER ? r.text() : type.label();
                    LocalDate expires = r.expires();
                    // an STPO or STRO without an expiry lasts until further order (Modern Slavery Act 2015, ss.17(4), 24(4))
                    if (expires == null && type.details() == DisruptionType.Details.ORDER) expires = LocalDate.MAX;
                    yield new SuspectFacts.Action(SuspectFacts.ActionKind.DISRUPTION, r.on(), label, expires,
                            breaches.getOrDefault(r.id(), List.of()));
                }
                default -> null;
            };
            if (action != null) out.computeIfAbsent(ownerOf.get(r.suspect()), k -> new ArrayList<>()).add(action);
        }
        return out;
    }

    static String array(Collection<UUID> ids) {
        StringBuilder b = new StringBuilder("{");
        for (UUID id : ids) b.append(b.length() > 1 ? "," : "").append(id);
        return b.append('}').toString();
    }

}
