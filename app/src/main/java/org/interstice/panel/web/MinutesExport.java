package org.interstice.panel.web;

import org.interstice.web.Dates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.interstice.agency.Viewer;

import org.interstice.panel.internal.MeetingView;
import org.interstice.panel.Panels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Minutes: a printable page, a CSV of decisions and actions, and a plain HTML file to download. */
@Controller
@PreAuthorize(PanelPages.READERS)
class MinutesExport {

    private final Panels panels;
    private final MeetingReading meetings;

    MinutesExport(Panels panels, MeetingReading meetings) {
        this.panels = panels;
        this.meetings = meetings;
    }

    @GetMapping("/panels/{id}/minutes")
    String minutes(Viewer viewer, @PathVariable UUID id, Model model) {
        meetings.fill(viewer, id, model);
        return "panel/minutes";
    }

    @GetMapping("/panels/{id}/minutes.html")
    String download(Viewer viewer, @PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        MeetingView meeting = meetings.fill(viewer, id, model);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("minutes-" + meeting.heldOn() + ".html", StandardCharsets.UTF_8).build().toString());
        return "panel/minutesFile";
    }

    @GetMapping("/panels/{id}/minutes.csv")
    ResponseEntity<String> csv(Viewer viewer, @PathVariable UUID id) {
        MeetingView meeting = meetings.read(viewer, id);
        List<MeetingView.Item> agenda = panels.agenda(id);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("meeting", "date", "section",
                "item", "discussion", "decision", "owner_agency", "owner", "due", "state").get())) {
            for (MeetingView.Item item : agenda) {
                if (item.decisions().isEmpty()) {
                    csv.printRecord(meeting.title(), meeting.heldOn(), item.section().label(), item.heading(),
                            item.discussion(), "", "", "", "", "");
                }
                for (MeetingView.Decision d : item.decisions()) {
                    csv.printRecord(meeting.title(), meeting.heldOn(), item.section().label(), item.heading(),
                            item.discussion(), d.decision(), d.toAgency(), d.owner(), Dates.at(d.dueAt()), d.state());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("minutes-" + meeting.heldOn() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
