package org.interstice.handoff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.HandoffSummary;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.HandoffStore.VISIBLE_TO_VIEWER;
import static org.interstice.handoff.internal.HandoffStore.scoped;
import static org.interstice.handoff.internal.Sql.at;
import static org.interstice.handoff.internal.Sql.instant;
import static org.interstice.handoff.internal.Sql.uuid;

/** Read models of hand-offs; every query limits rows to what the viewer may see, in SQL. */
@Component
public class HandoffQueries {

    private static final String SUMMARY_SELECT = """
            select h.id, h.kind, h.urgency, h.state, h.subject_id, fa.name as from_agency, ta.name as to_agency,
                   o.display_name as owner_name, h.summary, h.sent_at, h.due_at, h.escalation_step,
                   (h.state = 'DECLINED' and h.next_step is null) as awaiting_next_step
            from handoff h
            join agency fa on fa.id = h.from_agency_id
            join agency ta on ta.id = h.to_agency_id
            left join app_user o on o.id = h.owner_user_id
            """;

    /** One line of the timeline: a state change or an escalation step. */
    public record TimelineEntry(Instant at, String what, String who, String note) {
    }

    /** Who is at one end of a hand-off, for the API. */
    public record Party(String agencyCode, String agency, String team, String person) {
    }

    /**
     * A hand-off for {@code GET /api/v1/handoffs}: {@code dueAt} is the running clock (null once answered),
     * {@code missed} the deadline it has passed (ACKNOWLEDGEMENT or COMPLETION; null when not overdue) and
     * {@code escalatedTo} the person the current escalation step went to.
     */
    public record ListedHandoff(UUID id, HandoffKind kind, Urgency urgency, HandoffState state, Party sender,
            Party receiver, Instant sentAt, Instant dueAt, Instant completionDueAt, Instant closedAt, String missed,
            int escalationStep, String escalatedTo) {
    }

    /** Which hand-offs to list: one lifecycle state, all open ones, or the overdue ones. */
    public static final class Listing {

        private static final String BY_DUE_TIME = "h.due_at, h.id";
        private static final String LATEST_ANSWERED_FIRST = "h.closed_at desc, h.id";

        private final HandoffState state;
        private final String condition;
        private final String order;

        private Listing(HandoffState state, String condition, String order) {
            this.state = state;
            this.condition = condition;
            this.order = order;
        }

        /** Open states by due time (most pressing first); answered ones latest answered first. */
        public static Listing inState(HandoffState state) {
            return state.receiverClockRunning()
                    ? new Listing(state, "h.due_at is not null and h.state = :state", BY_DUE_TIME)
                    : new Listing(state, "h.due_at is null and h.state = :state", LATEST_ANSWERED_FIRST);
        }

        /** Sent, acknowledged or accepted: the clock is running. */
        public static Listing open() {
            return new Listing(null, "h.due_at is not null", BY_DUE_TIME);
        }

        public static Listing overdue() {
            return new Listing(null, "h.due_at is not null and h.due_at < :now", BY_DUE_TIME);
        }
    }

    /** Someone in the receiving agency who could own a hand-off. */
    public record Colleague(UUID id, String name) {
    }

    /** A hand-off with the agency, team and person at each end: aliases fa/ft/fu (sender), ta/tt/o (receiver). */
    private static final String WITH_PARTIES = """
            from handoff h
            join agency fa on fa.id = h.from_agency_id
            join agency ta on ta.id = h.to_agency_id
            left join team ft on ft.id = h.from_team_id
            left join team tt on tt.id = h.to_team_id
            left join app_user fu on fu.id = h.from_user_id
            left join app_user o on o.id = h.owner_user_id
            """;

    private final JdbcClient jdbc;

    HandoffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HandoffView> view(UUID id, Viewer viewer) {
        return scoped(jdbc.sql("""
                        select h.*, fa.name as from_agency, ft.name as from_team, fu.display_name as from_user,
                               ta.name as to_agency, tt.name as to_team, o.display_name as owner, coalesce(o.active, true) as owner_active
                        """ + WITH_PARTIES + " where h.id = :id and " + VISIBLE_TO_VIEWER), viewer)
                .param("id", id)
                .query(HandoffQueries::view)
                .optional();
    }

    /** Active people of an agency, to choose an owner from. */
    public List<Colleague> colleagues(UUID agencyId) {
        return jdbc.sql("select id, display_name from app_user where agency_id = ? and active order by display_name")
                .param(agencyId).query((rs, n) -> new Colleague(uuid(rs, "id"), rs.getString("display_name"))).list();
    }

    /** The timeline of a hand-off the caller may already see. */
    public List<TimelineEntry> timeline(UUID id) {
        return jdbc.sql("""
                        select x.at, x.what, x.who, x.note from (
                            select hh.at, hh.action as what, u.display_name as who, hh.note, hh.id as seq
                            from handoff_history hh left join app_user u on u.id = hh.by_user_id
                            where hh.handoff_id = :id
                            union all
                            select e.escalated_at,
                                   'Overdue for ' || lower(e.missed) || ': escalated to the ' ||
                                       case e.step when 1 then 'receiving team''s manager' else 'partnership lead' end,
                                   coalesce(u.display_name, 'nobody holds that role'), null, e.id
                            from handoff_escalation e left join app_user u on u.id = e.escalated_to_user_id
                            where e.handoff_id = :id
                        ) x order by x.at, x.seq""")
                .param("id", id)
                .query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("what"), rs.getString("who"),
                        rs.getString("note")))
                .list();
    }

    /** Hand-offs to the viewer's agency, open ones first, newest first. */
    public List<HandoffSummary> incoming(Viewer viewer, boolean openOnly, int limit) {
        return jdbc.sql(SUMMARY_SELECT + """
                        where h.to_agency_id = :agency and (not :openOnly or h.due_at is not null)
                        order by (h.due_at is null), h.due_at, h.sent_at desc limit :limit""")
                .param("agency", viewer.agencyId()).param("openOnly", openOnly).param("limit", limit)
                .query(HandoffQueries::summary).list();
    }

    /** Hand-offs from the viewer's agency: the sender sees every state, and declines awaiting a next step first. */
    public List<HandoffSummary> outgoing(Viewer viewer, boolean openOnly, int limit) {
        return jdbc.sql(SUMMARY_SELECT + """
                        where h.from_agency_id = :agency
                          and (not :openOnly or h.due_at is not null or (h.state = 'DECLINED' and h.next_step is null))
                        order by (h.state = 'DECLINED' and h.next_step is null) desc, (h.due_at is null), h.due_at,
                                 h.sent_at desc limit :limit""")
                .param("agency", viewer.agencyId()).param("openOnly", openOnly).param("limit", limit)
                .query(HandoffQueries::summary).list();
    }

    /** Hand-offs to or from the viewer's agency answered for good, latest first: the sender keeps seeing the outcome. */
    public List<HandoffSummary> recentlyClosed(Viewer viewer, int limit) {
        return jdbc.sql(SUMMARY_SELECT + """
                        where (h.from_agency_id = :agency or h.to_agency_id = :agency) and h.closed_at is not null
                          and not (h.state = 'DECLINED' and h.next_step is null)
                        order by h.closed_at desc limit :limit""")
                .param("agency", viewer.agencyId()).param("limit", limit)
                .query(HandoffQueries::summary).list();
    }

    /** Hand-offs escalated to this person and still overdue. */
    public List<HandoffSummary> escalatedTo(Viewer viewer, Instant now) {
        return jdbc.sql(SUMMARY_SELECT + """
                        where h.due_at < :now and h.escalation_step > 0
                          and exists (select 1 from handoff_escalation e where e.handoff_id = h.id
                                      and e.escalated_to_user_id = :user and e.step = h.escalation_step)
                        order by h.due_at""")
                .param("now", at(now)).param("user", viewer.userId())
                .query(HandoffQueries::summary).list();
    }

    public List<HandoffSummary> forSubject(UUID subjectId, Viewer viewer) {
        return scoped(jdbc.sql(SUMMARY_SELECT + " where h.subject_id = :subject and " + VISIBLE_TO_VIEWER
                        + " order by (h.due_at is null), h.sent_at desc"), viewer)
                .param("subject", subjectId)
                .query(HandoffQueries::summary).list();
    }

    /**
     * Hand-offs for the API, in a lifecycle state, open (sent, acknowledged or accepted) or overdue, each with
     * sender, receiver, due time and escalation step: open ones by due time, the most pressing first; answered ones
     * latest answered first.
     */
    public List<ListedHandoff> list(Viewer viewer, Listing listing, Instant now, int limit, int offset) {
        return scoped(jdbc.sql("""
                        select h.id, h.kind, h.urgency, h.state, h.sent_at, h.due_at, h.completion_due_at, h.closed_at,
                               h.escalation_step, fa.code as from_code, fa.name as from_agency, ft.name as from_team,
                               fu.display_name as from_user, ta.code as to_code, ta.name as to_agency, tt.name as to_team,
                               o.display_name as owner, e.escalated_to
                        """ + WITH_PARTIES + """
                        left join lateral (
                            select u.display_name as escalated_to from handoff_escalation x
                            left join app_user u on u.id = x.escalated_to_user_id
                            where x.handoff_id = h.id and x.step = h.escalation_step
                            order by x.escalated_at desc limit 1) e on h.escalation_step > 0
                        where\s""" + listing.condition + " and " + VISIBLE_TO_VIEWER
                        + " order by " + listing.order + " limit :limit offset :offset"), viewer)
                .param("now", at(now)).param("state", listing.state == null ? null : listing.state.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Instant dueAt = instant(rs, "due_at");
                    String state = rs.getString("state");
                    return new ListedHandoff(uuid(rs, "id"), HandoffKind.valueOf(rs.getString("kind")),
                            Urgency.valueOf(rs.getString("urgency")), HandoffState.valueOf(state),
                            new Party(rs.getString("from_code"), rs.getString("from_agency"), rs.getString("from_team"),
                                    rs.getString("from_user")),
                            new Party(rs.getString("to_code"), rs.getString("to_agency"), rs.getString("to_team"),
                                    rs.getString("owner")),
                            instant(rs, "sent_at"), dueAt, instant(rs, "completion_due_at"), instant(rs, "closed_at"),
                            dueAt != null && dueAt.isBefore(now)
                                    ? ("SENT".equals(state) ? "ACKNOWLEDGEMENT" : "COMPLETION") : null,
                            rs.getInt("escalation_step"), rs.getString("escalated_to"));
                })
                .list();
    }

    private static HandoffSummary summary(ResultSet rs, int n) throws SQLException {
        return new HandoffSummary(uuid(rs, "id"), HandoffKind.valueOf(rs.getString("kind")),
                Urgency.valueOf(rs.getString("urgency")), HandoffState.valueOf(rs.getString("state")),
                uuid(rs, "subject_id"), rs.getString("from_agency"), rs.getString("to_agency"),
                rs.getString("owner_name"), rs.getString("summary"), instant(rs, "sent_at"), instant(rs, "due_at"),
                rs.getInt("escalation_step"), rs.getBoolean("awaiting_next_step"));
    }

    private static HandoffView view(ResultSet rs, int n) throws SQLException {
        return new HandoffView(uuid(rs, "id"), HandoffKind.valueOf(rs.getString("kind")),
                Urgency.valueOf(rs.getString("urgency")), HandoffState.valueOf(rs.getString("state")),
                uuid(rs, "subject_id"), uuid(rs, "from_agency_id"), rs.getString("from_agency"),
                rs.getString("from_team"), rs.getString("from_user"), uuid(rs, "to_agency_id"),
                rs.getString("to_agency"), rs.getString("to_team"), uuid(rs, "owner_user_id"), rs.getString("owner"),
                rs.getBoolean("owner_active"), rs.getString("summary"), rs.getString("origin_type"),
                uuid(rs, "origin_id"), instant(rs, "sent_at"), instant(rs, "acknowledgement_due_at"),
                instant(rs, "completion_due_at"), instant(rs, "acknowledged_at"), instant(rs, "accepted_at"),
                instant(rs, "closed_at"), rs.getString("closing_note"),
                Sql.enumOf(NextStep.class, rs.getString("next_step")), rs.getString("next_step_note"),
                instant(rs, "due_at"), rs.getInt("escalation_step"), rs.getLong("version"));
    }
}
