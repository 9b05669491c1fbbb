package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.child.Caseload;
import org.interstice.protection.child.ChildDirectory;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.common.Scope;
import org.interstice.signals.ChildSignals;
import org.interstice.signals.NewSignal;
import org.interstice.signals.OwnWords;
import org.interstice.signals.SignalIntake;
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
 * The child's story on the child page: the full multi-agency chronology, the form to record what the child said,
 * and the form for an agency to record a signal about a child it can see.
 */
@Controller
class ChildStoryController {

    static final String WORD_RECORDERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','PANEL_CHAIR')";
    static final String SIGNAL_SENDERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR')";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock clock;
    private final Audit audit;
    private final Caseload caseload;
    private final ChildDirectory directory;
    private final ChildStories stories;
    private final OwnWords ownWords;
    private final SignalIntake intake;
    private final ChildSignals signals;

    ChildStoryController(Clock clock, Audit audit, Caseload caseload, ChildDirectory directory, ChildStories stories,
                         OwnWords ownWords, SignalIntake intake, ChildSignals signals) {
        this.clock = clock;
        this.audit = audit;
        this.caseload = caseload;
        this.directory = directory;
        this.stories = stories;
        this.ownWords = ownWords;
        this.intake = intake;
        this.signals = signals;
    }

    @GetMapping("/protection/children/{id}/chronology")
    @PreAuthorize(ChildController.READERS)
    String chronology(@PathVariable UUID id, Viewer viewer, Model model) {
        requireVisible(id, viewer);
        audit.read(viewer, "protection-child-chronology", id);
        model.addAttribute("child", directory.find(id).orElseThrow());
        model.addAttribute("story", stories.story(id, viewer, 10_000, null));
        return "protection/chronology";
    }

    @GetMapping("/protection/children/{id}/signals/new")
    @PreAuthorize(SIGNAL_SENDERS)
    String newSignal(@PathVariable UUID id, Viewer viewer, Model model) {
        requireVisible(id, viewer);
        model.addAttribute("child", directory.find(id).orElseThrow());
        model.addAttribute("kinds", signals.kinds());
        model.addAttribute("error", model.getAttribute("error"));
        model.addAttribute("today", DateInput.format(LocalDate.now(clock)));
        return "protection/signal-new";
    }

    @PostMapping("/protection/children/{id}/signals")
    @PreAuthorize(SIGNAL_SENDERS)
    String sendSignal(@PathVariable UUID id, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String occurredTime,
                      @RequestParam(required = false) String endedOn, @RequestParam(required = false) String endedTime,
                      @RequestParam(required = false) String place,
                      @RequestParam(defaultValue = "false") boolean exploitationIndicator,
                      @RequestParam(required = false) String summary, Viewer viewer, RedirectAttributes redirect) {
        requireVisible(id, viewer);
        try {
            OffsetDateTime occurred = at(occurredOn, occurredTime, "occurredOn", true);
            OffsetDateTime ended = at(endedOn, endedTime, "endedOn", false);
            intake.record(viewer, new NewSignal(kind, "form-" + UUID.randomUUID(), id, null, occurred, ended, place,
                    exploitationIndicator, summary), SignalIntake.Via.FORM);
            redirect.addFlashAttribute("done", true);
            return "redirect:/protection/children/" + id + "#chronology";
        } catch (SignalRefusal refusal) {
            redirect.addFlashAttribute("error", new FormError("signal", formField(refusal.field()), refusal.getMessage()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError("signal", refusal.field(), refusal.getMessage()));
        }
        return "redirect:/protection/children/" + id + "/signals/new";
    }

    @PostMapping("/protection/children/{id}/words")
    @PreAuthorize(WORD_RECORDERS)
    String words(@PathVariable UUID id, @RequestParam(required = false) String words,
                 @RequestParam(required = false) String heardBy, @RequestParam(required = false) String heardOn,
                 @RequestParam(required = false) String heardTime, @RequestParam(required = false) String context,
                 @RequestParam(required = false) String record, Viewer viewer, RedirectAttributes redirect) {
        requireVisible(id, viewer);
        try {
            OwnWords.Context where = null;
            UUID recordId = null;
            if (record != null && !record.isBlank()) {
                String[] parts = record.split(":", 2);
                where = OwnWords.Context.valueOf(parts[0]);
                recordId = UUID.fromString(parts[1]);
            } else if (context != null && !context.isBlank()) {
                where = OwnWords.Context.valueOf(context);
            }
            ownWords.record(id, words, heardBy, at(heardOn, heardTime, "heardOn", true), where, recordId, viewer);
            redirect.addFlashAttribute("done", true);
        } catch (SignalRefusal refusal) {
            redirect.addFlashAttribute("error", new FormError("words", formField(refusal.field()), refusal.getMessage()));
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError("words", refusal.field(), refusal.getMessage()));
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("error", new FormError("words", "context", "Choose where it was said"));
        }
        return "redirect:/protection/children/" + id + "#own-words";
    }

    private OffsetDateTime at(String day, String time, String field, boolean required) {
        LocalDate date = DateInput.parse(day, field, required);
        if (date == null) {
            return null;
        }
        LocalTime clockTime = LocalTime.NOON;
        if (time != null && !time.isBlank()) {
            try {
                clockTime = LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip());
            } catch (DateTimeParseException e) {
                throw new Refusal(field, "Enter the time as hours and minutes, like 02:10");
            }
        }
        OffsetDateTime result = date.atTime(clockTime).atZone(UK).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return result.isAfter(now) && date.equals(LocalDate.now(clock)) && (time == null || time.isBlank()) ? now : result;
    }

    private static String formField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "occurredAt" -> "occurredOn";
            case "endedAt" -> "endedOn";
            case "heardAt" -> "heardOn";
            default -> field;
        };
    }

    private void requireVisible(UUID subjectId, Viewer viewer) {
        if (!caseload.visible(subjectId, Scope.of(viewer))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
