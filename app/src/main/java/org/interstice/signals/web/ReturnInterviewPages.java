package org.interstice.signals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.Subjects;
import org.interstice.signals.OwnWords;
import org.interstice.signals.ReturnHomeInterviews;
import org.interstice.signals.ReturnHomeInterviews.Interview;
import org.interstice.signals.ReturnHomeInterviews.Status;
import org.interstice.signals.SignalRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Return home interviews for the agency that owns them (children's social care) and the MASH: the overdue list,
 * and each interview with the form to record that it was offered, done or declined, and what the child said.
 */
@Controller
public class ReturnInterviewPages {

    static final String OWNERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER')";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A row of the list with the child's name. */
    public record Row(Interview interview, String childName) {
    }

    public record ListPage(List<Row> overdue, List<Row> open, OffsetDateTime now) {
    }

    public record InterviewPage(Interview interview, String childName, boolean mayRecord, boolean overdue, String error,
                         String errorField, String today) {
    }

    private final ReturnHomeInterviews interviews;
    private final OwnWords ownWords;
    private final Subjects subjects;
    private final Audit audit;
    private final Clock clock;

    ReturnInterviewPages(ReturnHomeInterviews interviews, OwnWords ownWords, Subjects subjects, Audit audit, Clock clock) {
        this.interviews = interviews;
        this.ownWords = ownWords;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/signals/return-interviews")
    @PreAuthorize(OWNERS)
    String list(Viewer viewer, Model model) {
        UUID owner = viewer.hasRole(Role.MASH_OFFICER) ? null : viewer.agencyId();
        audit.read(viewer, "return-home-interview-list", owner == null ? "all" : "agency:" + viewer.agencyCode());
        model.addAttribute("page", new ListPage(rows(interviews.overdue(owner, 500)), rows(interviews.open(owner, 500)),
                OffsetDateTime.now(clock)));
        return "signals/return-interviews";
    }

    @GetMapping("/signals/return-interviews/{id}")
    @PreAuthorize(OWNERS)
    String one(@PathVariable UUID id, Viewer viewer, Model model) {
        Interview interview = visible(id, viewer);
        audit.read(viewer, "return-home-interview", id);
        model.addAttribute("page", new InterviewPage(interview, name(interview.subjectId()),
                interview.ownerAgencyId().equals(viewer.agencyId()), interview.overdueAt(OffsetDateTime.now(clock)),
                (String) model.getAttribute("error"), (String) model.getAttribute("errorField"),
                DAY.format(LocalDate.now(clock))));
        return "signals/return-interview";
    }

    @PostMapping("/signals/return-interviews/{id}")
    @PreAuthorize(OWNERS)
    String record(@PathVariable UUID id, @RequestParam(required = false) String step, @RequestParam(required = false) String on,
                  @RequestParam(required = false) String time, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String words, @RequestParam int version, Viewer viewer,
                  RedirectAttributes redirect) {
        Interview interview = visible(id, viewer);
        try {
            Status status;
            try {
                status = step == null || step.isBlank() ? null : Status.valueOf(step);
            } catch (IllegalArgumentException e) {
                status = null;
            }
            OffsetDateTime at = at(on, time);
            interviews.record(id, status, at, note, version, viewer);
            if (words != null && !words.isBlank() && interview.subjectId() != null) {
                ownWords.record(interview.subjectId(), words, viewer.displayName(), at, OwnWords.Context.RETURN_INTERVIEW, id, viewer);
            }
        } catch (SignalRefusal refusal) {
            redirect.addFlashAttribute("error", refusal.getMessage());
            redirect.addFlashAttribute("errorField", refusal.field() == null ? "interview" : refusal.field());
        }
        return "redirect:/signals/return-interviews/" + id;
    }

    private OffsetDateTime at(String on, String time) {
        if (on == null || on.isBlank()) {
            throw new SignalRefusal("at", "Enter the date");
        }
        try {
            LocalDate date = LocalDate.parse(on.strip(), DAY);
            LocalTime t = time == null || time.isBlank() ? null : LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip());
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (t == null) {
                return date.equals(now.atZoneSameInstant(TimeInput.UK).toLocalDate()) ? now
                        : date.atTime(LocalTime.NOON).atZone(TimeInput.UK).toOffsetDateTime();
            }
            return date.atTime(t).atZone(TimeInput.UK).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new SignalRefusal("at", "Enter the date like 27/3/2026 and the time like 14:30");
        }
    }

    private Interview visible(UUID id, Viewer viewer) {
        return interviews.byId(id)
                .filter(i -> viewer.hasRole(Role.MASH_OFFICER) || i.ownerAgencyId().equals(viewer.agencyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Row> rows(List<Interview> list) {
        return list.stream().map(i -> new Row(i, name(i.subjectId()))).toList();
    }

    private String name(UUID subjectId) {
        return subjectId == null ? "Child awaiting identity review"
                : subjects.byId(subjectId).map(s -> s.displayName()).orElse("Unknown child");
    }

    public static String when(OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
                .format(at.atZoneSameInstant(TimeInput.UK));
    }
}
