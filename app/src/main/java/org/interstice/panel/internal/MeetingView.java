package org.interstice.panel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.panel.VoltSection;

/** A meeting as its page shows it. */
public record MeetingView(UUID id, String title, LocalDate heldOn, UUID chairUserId, String chair,
        UUID previousMeetingId, LocalDate previousHeldOn, List<String> agencies, long version) {

    /** An agenda item with its decisions. */
    public record Item(UUID id, VoltSection section, int position, UUID subjectId, String heading, String detail,
            String source, String discussion, long version, List<Decision> decisions) {
    }

    /** A decision and the action (hand-off) that carries it. */
    public record Decision(UUID id, UUID agendaItemId, String decision, UUID handoffId, String toAgency, String owner,
            String state, java.time.Instant dueAt, java.time.Instant closedAt, String outcome) {
    }
}
