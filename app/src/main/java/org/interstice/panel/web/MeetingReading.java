package org.interstice.panel.web;

import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.panel.Panels;
import org.interstice.panel.internal.MeetingView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Reads one panel meeting for a page: 404 when there is none, and every read audited. */
@Component
class MeetingReading {

    private final Panels panels;
    private final Audit audit;

    MeetingReading(Panels panels, Audit audit) {
        this.panels = panels;
        this.audit = audit;
    }

    MeetingView find(UUID id) {
        return panels.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    MeetingView read(Viewer viewer, UUID id) {
        MeetingView meeting = find(id);
        audit.read(viewer, "panel_meeting", id);
        return meeting;
    }

    /** The meeting, its agenda and the previous meeting's actions, as the meeting and minutes pages show them. */
    MeetingView fill(Viewer viewer, UUID id, Model model) {
        MeetingView meeting = read(viewer, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", panels.agenda(id));
        model.addAttribute("previousActions", meeting.previousMeetingId() == null ? List.of()
                : panels.decisions(meeting.previousMeetingId()));
        return meeting;
    }
}
