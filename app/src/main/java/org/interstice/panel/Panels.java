package org.interstice.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.HandoffSignals;
import org.interstice.handoff.Handoffs;
import org.interstice.handoff.Sent;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.Verdict;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.interstice.panel.internal.AgendaDraft;
import org.interstice.panel.internal.LocationAgenda;
import org.interstice.panel.internal.MeetingView;
import org.interstice.panel.internal.PanelSignals;
import org.interstice.panel.internal.Trend;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;



/**
 * Exploitation panel meetings, the panel module's API: opening one (with its agenda drafted from the data in VOLT
 * order), editing the agenda, and recording decisions as owned actions. Panel data is partnership business;
 * callers check the panel roles (the controllers do, with {@code @PreAuthorize}).
 */
@Component
public class Panels {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration FIRST_MEETING_LOOKS_BACK = Duration.ofDays(28);

    /** The chair's request to open a meeting. */
    public record NewMeeting(String title, LocalDate heldOn, UUID chairUserId, List<UUID> agencyIds) {
    }

    /** A line in the list of meetings. */
    public record MeetingLine(UUID id, String title, LocalDate heldOn, String chair, long items, long decisions) {
    }

    /** The result of opening a meeting. */
    public record Opened(UUID meetingId, String refusal) {
    }

    private final JdbcClient jdbc;
    private final List<AgendaSource> sources;
    private final HandoffSignals signals;
    private final LocationAgenda locations;
    private final PanelSignals raised;
    private final Handoffs handoffs;
    private final Subjects subjects;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Panels(JdbcClient jdbc, List<AgendaSource> sources, HandoffSignals signals, LocationAgenda locations,
            PanelSignals raised, Handoffs handoffs, Subjects subjects, Audit audit, ApplicationEventPublisher events,
            Clock clock) {
        this.raised = raised;
        this.jdbc = jdbc;
        this.sources = sources;
        this.signals = signals;
        this.locations = locations;
        this.handoffs = handoffs;
        this.subjects = subjects;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Opened open(NewMeeting request, Viewer viewer) {
        if (request.title() == null || request.title().isBlank()) {
            return new Opened(null, "Give the meeting a title");
        }
        if (request.heldOn() == null) {
            return new Opened(null, "Enter the date of the meeting");
        }
        if (request.chairUserId() == null || jdbc.sql("select count(*) from app_user where id = ? and active")
                .param(request.chairUserId()).query(Long.class).single() == 0) {
            return new Opened(null, "Choose an active person to chair the meeting");
        }
        if (request.agencyIds() == null || request.agencyIds().isEmpty()) {
            return new Opened(null, "Choose the agencies attending");
        }
        UUID id = UUID.randomUUID();
        Optional<LocalDate> previousDate = Optional.empty();
        UUID previous = jdbc.sql("select id from panel_meeting where held_on < ? order by held_on desc, created_at desc limit 1")
                .param(request.heldOn()).query(UUID.class).optional().orElse(null);
        if (previous != null) {
            previousDate = Optional.of(jdbc.sql("select held_on from panel_meeting where id = ?").param(previous)
                    .query(LocalDate.class).single());
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into panel_meeting (id, title, held_on, chair_user_id, previous_meeting_id, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, request.title().strip(), request.heldOn(), request.chairUserId(), previous, at(now), viewer.userId())
                .update();
        for (UUID agency : request.agencyIds().stream().distinct().toList()) {
            jdbc.sql("insert into panel_attendance (meeting_id, agency_id) values (?, ?)").params(id, agency).update();
        }
        Instant since = previousDate.map(d -> d.atStartOfDay(LONDON).toInstant()).orElse(now.minus(FIRST_MEETING_LOOKS_BACK));
        List<AgendaSignal> gathered = new ArrayList<>();
        sources.forEach(source -> gathered.addAll(source.signalsSince(since)));
        gathered.addAll(locations.signals(gathered, since));
        gathered.addAll(trends(since, now));
        for (AgendaDraft.Item item : AgendaDraft.from(gathered)) {
            insertItem(id, item.section(), item.position(), item.subjectId(),
                    item.heading() != null ? item.heading() : subjectHeading(item.section(), item.subjectId()),
                    item.detail(), "DATA");
        }
        audit.change(viewer, "panel.open", "panel_meeting", id);
        return new Opened(id, null);
    }

    private List<AgendaSignal> trends(Instant since, Instant now) {
        Duration length = Duration.between(since, now);
        HandoffSignals.Counts recent = signals.between(since, now);
        HandoffSignals.Counts before = signals.between(since.minus(length), since);
        PanelSignals.Counts recentAlarms = raised.between(since, now);
        PanelSignals.Counts earlierAlarms = raised.between(since.minus(length), since);
        return List.of(
                new Trend("Children given a known but not protected alarm", recentAlarms.childrenAlarmed(),
                        earlierAlarms.childrenAlarmed()),
                new Trend("Children whose exploitation risk rose", recentAlarms.childrenRisingRisk(),
                        earlierAlarms.childrenRisingRisk()),
                new Trend("Suspects given a named but not pursued alarm", recentAlarms.suspectsAlarmed(),
                        earlierAlarms.suspectsAlarmed()),
                new Trend("Hand-offs sent", recent.sent(), before.sent()),
                new Trend("Red hand-offs sent", recent.red(), before.red()),
                new Trend("Hand-offs declined", recent.declined(), before.declined()),
                new Trend("Hand-offs past their completion date at the end of the period", recent.overdueAtEnd(), before.overdueAtEnd()))
                .stream()
                .map(t -> new AgendaSignal(VoltSection.TRENDS, null, t.measure(), t.sentence() + " (the same length of time before)"))
                .toList();
    }

    private String subjectHeading(VoltSection section, UUID subjectId) {
        String who = section == VoltSection.OFFENDERS ? "Suspect: " : "Child: ";
        return subjectId == null ? who.substring(0, who.length() - 2)
                : who + subjects.byId(subjectId).map(SubjectSummary::displayName).orElse("unknown person");
    }

    private void insertItem(UUID meetingId, VoltSection section, int position, UUID subjectId, String heading,
            String detail, String source) {
        jdbc.sql("""
                        insert into panel_agenda_item (id, meeting_id, section, position, subject_id, heading, detail, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), meetingId, section.name(), position, subjectId, heading, detail, source)
                .update();
    }

    public List<MeetingLine> meetings() {
        return jdbc.sql("""
                        select m.id, m.title, m.held_on, u.display_name,
                               (select count(*) from panel_agenda_item i where i.meeting_id = m.id) as items,
                               (select count(*) from panel_decision d where d.meeting_id = m.id) as decisions
                        from panel_meeting m join app_user u on u.id = m.chair_user_id
                        order by m.held_on desc, m.created_at desc""")
                .query((rs, n) -> new MeetingLine(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    public Optional<MeetingView> meeting(UUID id) {
        return jdbc.sql("""
                        select m.id, m.title, m.held_on, m.chair_user_id, u.display_name as chair, m.previous_meeting_id,
                               p.held_on as previous_held_on, m.version,
                               array(select a.name from panel_attendance pa join agency a on a.id = pa.agency_id
                                     where pa.meeting_id = m.id order by a.name) as agencies
                        from panel_meeting m join app_user u on u.id = m.chair_user_id
                        left join panel_meeting p on p.id = m.previous_meeting_id
                        where m.id = ?""")
                .param(id)
                .query((rs, n) -> new MeetingView(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("chair_user_id", UUID.class),
                        rs.getString("chair"), rs.getObject("previous_meeting_id", UUID.class),
                        rs.getObject("previous_held_on", LocalDate.class),
                        List.of((String[]) rs.getArray("agencies").getArray()), rs.getLong("version")))
                .optional();
    }

    /** The agenda in VOLT order, each item with its decisions and their actions' current state. */
    public List<MeetingView.Item> agenda(UUID meetingId) {
        List<MeetingView.Decision> decisions = decisions(meetingId);
        Map<UUID, List<MeetingView.Decision>> byItem = decisions.stream()
                .filter(d -> d.agendaItemId() != null)
                .collect(Collectors.groupingBy(MeetingView.Decision::agendaItemId));
        return jdbc.sql("""
                        select id, section, position, subject_id, heading, detail, source, discussion, version
                        from panel_agenda_item where meeting_id = ?
                        order by array_position(array['VICTIMS','OFFENDERS','LOCATIONS','TRENDS'], section), position""")
                .param(meetingId)
                .query((rs, n) -> {
                    UUID itemId = rs.getObject("id", UUID.class);
                    return new MeetingView.Item(itemId, VoltSection.valueOf(rs.getString("section")),
                            rs.getInt("position"), rs.getObject("subject_id", UUID.class), rs.getString("heading"),
                            rs.getString("detail"), rs.getString("source"), rs.getString("discussion"),
                            rs.getLong("version"), byItem.getOrDefault(itemId, List.of()));
                })
                .list();
    }

    /** Every decision of a meeting with its action's progress; for the minutes and the next meeting's review. */
    public List<MeetingView.Decision> decisions(UUID meetingId) {
        record Row(UUID id, UUID itemId, String decision, UUID handoffId) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, agenda_item_id, decision, handoff_id from panel_decision
                        where meeting_id = ? order by recorded_at""")
                .param(meetingId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
        Map<UUID, HandoffSignals.Progress> progress = signals.progress(rows.stream().map(Row::handoffId).toList())
                .stream().collect(Collectors.toMap(HandoffSignals.Progress::handoffId, Function.identity()));
        return rows.stream().map(r -> {
            HandoffSignals.Progress p = progress.get(r.handoffId());
            return new MeetingView.Decision(r.id(), r.itemId(), r.decision(), r.handoffId(), p.toAgency(), p.owner(),
                    p.state().label(), p.completionDueAt(), p.closedAt(), p.outcome());
        }).toList();
    }

    @Transactional
    public Verdict editItem(UUID itemId, long version, String heading, String detail, String discussion, Viewer viewer) {
        if (heading == null || heading.isBlank()) {
            return Verdict.refused("Give the agenda item a heading");
        }
        int updated = jdbc.sql("""
                        update panel_agenda_item set heading = ?, detail = ?, discussion = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(heading.strip(), blankToNull(detail), blankToNull(discussion), itemId, version).update();
        if (updated != 1) {
            return Verdict.refused("Someone else changed this agenda item while you were editing it. Check it and try again.");
        }
        audit.change(viewer, "panel.edit-item", "panel_agenda_item", itemId);
        return Verdict.ok();
    }

    @Transactional
    public Verdict addItem(UUID meetingId, VoltSection section, String heading, String detail, Viewer viewer) {
        if (section == null) {
            return Verdict.refused("Choose the agenda section");
        }
        if (heading == null || heading.isBlank()) {
            return Verdict.refused("Give the agenda item a heading");
        }
        int next = jdbc.sql("select coalesce(max(position), 0) + 1 from panel_agenda_item where meeting_id = ? and section = ?")
                .params(meetingId, section.name()).query(Integer.class).single();
        insertItem(meetingId, section, next, null, heading.strip(), blankToNull(detail), "ADDED");
        audit.change(viewer, "panel.add-item", "panel_meeting", meetingId);
        return Verdict.ok();
    }

    @Transactional
    public Verdict removeItem(UUID itemId, long version, Viewer viewer) {
        if (jdbc.sql("select count(*) from panel_decision where agenda_item_id = ?").param(itemId).query(Long.class).single() > 0) {
            return Verdict.refused("This item has decisions recorded against it, so it stays in the minutes");
        }
        if (jdbc.sql("delete from panel_agenda_item where id = ? and version = ?").params(itemId, version).update() != 1) {
            return Verdict.refused("Someone else changed this agenda item. Check it and try again.");
        }
        audit.change(viewer, "panel.remove-item", "panel_agenda_item", itemId);
        return Verdict.ok();
    }

    /**
     * Records a decision and turns it into an owned action: an ACTION hand-off from the recorder's agency to the
     * agency that will act, due at close of business on the agreed date.
     */
    @Transactional
    public Verdict decide(UUID meetingId, UUID itemId, String decision, UUID toAgency, UUID toTeam, LocalDate due,
            Urgency urgency, Viewer viewer) {
        if (decision == null || decision.isBlank()) {
            return Verdict.refused("Write down the decision");
        }
        if (toAgency == null) {
            return Verdict.refused("Choose the agency that will carry out the action");
        }
        if (due == null) {
            return Verdict.refused("Enter the date the action is due");
        }
        if (due.isBefore(LocalDate.now(clock.withZone(LONDON)))) {
            return Verdict.refused("The due date must be today or later");
        }
        UUID subject = itemId == null ? null : jdbc.sql("select subject_id from panel_agenda_item where id = ? and meeting_id = ?")
                .params(itemId, meetingId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional().flatMap(Function.identity()).orElse(null);
        UUID decisionId = UUID.randomUUID();
        Sent sent = handoffs.send(new HandoffRequest(HandoffKind.ACTION, urgency == null ? Urgency.AMBER : urgency,
                subject, toAgency, toTeam, decision.strip(), due.atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant(),
                HandoffRequest.PANEL_DECISION, decisionId, null), viewer);
        if (sent.refused()) {
            return Verdict.refused(sent.refusal());
        }
        jdbc.sql("""
                        insert into panel_decision (id, meeting_id, agenda_item_id, decision, handoff_id, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, meetingId, itemId, decision.strip(), sent.handoffId(), at(clock.instant()), viewer.userId())
                .update();
        audit.change(viewer, "panel.decide", "panel_meeting", meetingId);
        events.publishEvent(new PanelActionAgreed(meetingId, decisionId, sent.handoffId()));
        return Verdict.ok();
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
