package org.interstice.handoff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.interstice.handoff.internal.Sql.at;
import static org.interstice.handoff.internal.Sql.instant;
import static org.interstice.handoff.internal.Sql.name;
import static org.interstice.handoff.internal.Sql.uuid;

/** Loads and saves the hand-off aggregate; every load is limited in SQL to what the viewer may see. */
@Component
public class HandoffStore {

    /**
     * Who may see a hand-off: the sending and receiving agencies, anyone it was escalated to, and
     * partnership-wide API tokens. Expects parameters {@code agency}, {@code user} and {@code partnership}.
     */
    public static final String VISIBLE_TO_VIEWER = """
            (:partnership or h.from_agency_id = :agency or h.to_agency_id = :agency
             or exists (select 1 from handoff_escalation e where e.handoff_id = h.id and e.escalated_to_user_id = :user))""";

    private final JdbcClient jdbc;

    HandoffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("partnership", viewer.partnershipWide())
                .param("agency", viewer.agencyId())
                .param("user", viewer.userId());
    }

    public Optional<Handoff> find(UUID id, Viewer viewer) {
        return scoped(jdbc.sql("select h.* from handoff h where h.id = :id and " + VISIBLE_TO_VIEWER), viewer)
                .param("id", id).query(HandoffStore::map).optional();
    }

    public void insert(Handoff h, String originType, UUID originId) {
        Handoff.Snapshot s = h.snapshot();
        jdbc.sql("""
                        insert into handoff (id, kind, urgency, subject_id, from_agency_id, from_team_id, from_user_id,
                            to_agency_id, to_team_id, summary, origin_type, origin_id, state, sent_at,
                            acknowledgement_due_at, completion_due_at, due_at, second_escalation_at, escalation_step, version)
                        values (:id, :kind, :urgency, :subject, :fromAgency, :fromTeam, :fromUser, :toAgency, :toTeam,
                            :summary, :originType, :originId, :state, :sentAt, :ackDue, :completionDue, :dueAt,
                            :secondEscalation, 0, 0)""")
                .param("id", s.id()).param("kind", name(s.kind())).param("urgency", name(s.urgency()))
                .param("subject", s.subjectId())
                .param("fromAgency", s.parties().fromAgencyId()).param("fromTeam", s.parties().fromTeamId())
                .param("fromUser", s.parties().fromUserId())
                .param("toAgency", s.parties().toAgencyId()).param("toTeam", s.parties().toTeamId())
                .param("summary", s.summary()).param("originType", originType).param("originId", originId)
                .param("state", name(s.state())).param("sentAt", at(s.sentAt()))
                .param("ackDue", at(s.acknowledgementDueAt())).param("completionDue", at(s.completionDueAt()))
                .param("dueAt", at(s.dueAt())).param("secondEscalation", at(s.secondEscalationAt()))
                .update();
    }

    /** Saves the changed state if nobody else changed it first; false means a lost race (optimistic lock). */
    public boolean update(Handoff h) {
        Handoff.Snapshot s = h.snapshot();
        return jdbc.sql("""
                        update handoff set state = :state, owner_user_id = :owner, acknowledged_at = :ackAt,
                            accepted_at = :acceptedAt, closed_at = :closedAt, closing_note = :closingNote,
                            next_step = :nextStep, next_step_note = :nextStepNote, due_at = :dueAt,
                            second_escalation_at = :secondEscalation, escalation_step = :step, version = version + 1
                        where id = :id and version = :version""")
                .param("state", name(s.state())).param("owner", s.ownerUserId())
                .param("ackAt", at(s.acknowledgedAt())).param("acceptedAt", at(s.acceptedAt()))
                .param("closedAt", at(s.closedAt())).param("closingNote", s.closingNote())
                .param("nextStep", name(s.nextStep())).param("nextStepNote", s.nextStepNote())
                .param("dueAt", at(s.dueAt())).param("secondEscalation", at(s.secondEscalationAt()))
                .param("step", s.escalationStep()).param("id", s.id()).param("version", s.version())
                .update() == 1;
    }

    public void history(UUID handoffId, Instant at, String action, UUID byUserId, String note) {
        jdbc.sql("insert into handoff_history (handoff_id, at, action, by_user_id, note) values (?, ?, ?, ?, ?)")
                .params(handoffId, at(at), action, byUserId, note).update();
    }

    private static Handoff map(ResultSet rs, int n) throws SQLException {
        return Handoff.restore(new Handoff.Snapshot(uuid(rs, "id"), HandoffKind.valueOf(rs.getString("kind")),
                Urgency.valueOf(rs.getString("urgency")), uuid(rs, "subject_id"),
                new Handoff.Parties(uuid(rs, "from_agency_id"), uuid(rs, "from_team_id"), uuid(rs, "from_user_id"),
                        uuid(rs, "to_agency_id"), uuid(rs, "to_team_id")),
                rs.getString("summary"), instant(rs, "sent_at"), instant(rs, "acknowledgement_due_at"),
                instant(rs, "completion_due_at"), rs.getLong("version"), HandoffState.valueOf(rs.getString("state")),
                uuid(rs, "owner_user_id"), instant(rs, "acknowledged_at"), instant(rs, "accepted_at"),
                instant(rs, "closed_at"), rs.getString("closing_note"),
                Sql.enumOf(NextStep.class, rs.getString("next_step")), rs.getString("next_step_note"),
                instant(rs, "due_at"), instant(rs, "second_escalation_at"), rs.getInt("escalation_step")));
    }
}
