package org.interstice.handoff.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.handoff.Consent;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.InformationShared;
import org.interstice.handoff.LawfulBasis;
import org.interstice.handoff.NextStep;
import org.interstice.handoff.Sent;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.internal.HandoffDesk;
import org.interstice.handoff.internal.HandoffQueries;
import org.interstice.handoff.internal.HandoffView;
import org.interstice.handoff.internal.InformationShares;
import org.interstice.handoff.internal.SubjectNames;
import org.interstice.handoff.Verdict;
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

/** The hand-off pages: lists, the send form, one hand-off with its actions. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','PANEL_CHAIR','PARTNERSHIP_LEAD')")
class HandoffPages {

    private final HandoffDesk desk;
    private final HandoffQueries queries;
    private final InformationShares shares;
    private final Agencies agencies;
    private final Users users;
    private final SubjectNames names;
    private final Audit audit;
    private final Clock clock;

    HandoffPages(HandoffDesk desk, HandoffQueries queries, InformationShares shares, Agencies agencies, Users users,
            SubjectNames names, Audit audit, Clock clock) {
        this.desk = desk;
        this.queries = queries;
        this.shares = shares;
        this.agencies = agencies;
        this.users = users;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/handoffs")
    String list(Viewer viewer, Model model) {
        audit.read(viewer, "handoff-list", viewer.agencyId());
        model.addAttribute("incoming", queries.incoming(viewer, true, 200));
        model.addAttribute("outgoing", queries.outgoing(viewer, true, 200));
        model.addAttribute("escalated", queries.escalatedTo(viewer, clock.instant()));
        model.addAttribute("closed", queries.recentlyClosed(viewer, 20));
        model.addAttribute("now", clock.instant());
        return "handoff/list";
    }

    @GetMapping("/handoffs/new")
    String form(Viewer viewer, @RequestParam(required = false) UUID subject, Model model) {
        return form(viewer, model, new SendForm(null, null, subject, null, null, null, null, null, null, null), Map.of());
    }

    @PostMapping("/handoffs")
    String send(Viewer viewer, @RequestParam(required = false) HandoffKind kind,
            @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) UUID subject,
            @RequestParam(required = false) UUID toAgency, @RequestParam(required = false) UUID toTeam,
            @RequestParam(required = false) String summary, @RequestParam(required = false) String whatWasShared,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) LawfulBasis lawfulBasis,
            @RequestParam(required = false) Consent consent, Model model, RedirectAttributes redirect) {
        SendForm form = new SendForm(kind, urgency, subject, toAgency, toTeam, summary, whatWasShared, purpose,
                lawfulBasis, consent);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return form(viewer, model, form, errors);
        }
        Sent sent = desk.send(new HandoffRequest(kind, urgency, subject, toAgency, toTeam, summary, null, null, null,
                form.share()), viewer);
        if (sent.refused()) {
            return form(viewer, model, form, Map.of("summary", sent.refusal()));
        }
        redirect.addFlashAttribute("notice", "Hand-off sent. The receiving agency has been given its deadlines.");
        return "redirect:/handoffs/" + sent.handoffId();
    }

    private String form(Viewer viewer, Model model, SendForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("subjectName", names.of(form.subject()));
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.all().stream().filter(a -> !a.id().equals(viewer.agencyId())).toList());
        model.addAttribute("teams", users.teams().stream().filter(t -> !t.agencyId().equals(viewer.agencyId())).toList());
        return "handoff/new";
    }

    @GetMapping("/handoffs/{id}")
    String show(Viewer viewer, @PathVariable UUID id, Model model) {
        HandoffView handoff = queries.view(id, viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.read(viewer, "handoff", id);
        model.addAttribute("handoff", handoff);
        model.addAttribute("subjectName", names.of(handoff.subjectId()));
        model.addAttribute("timeline", queries.timeline(id));
        model.addAttribute("shares", shares.of(id));
        model.addAttribute("related", handoff.subjectId() == null ? List.of()
                : queries.forSubject(handoff.subjectId(), viewer).stream().filter(h -> !h.id().equals(id)).toList());
        model.addAttribute("colleagues", handoff.receivedBy(viewer.agencyId())
                ? queries.colleagues(viewer.agencyId()) : List.of());
        model.addAttribute("now", clock.instant());
        model.addAttribute("viewerAgency", viewer.agencyId());
        if (!model.containsAttribute("error")) {
            model.addAttribute("error", null);
        }
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "handoff/show";
    }

    @PostMapping("/handoffs/{id}/acknowledge")
    String acknowledge(Viewer viewer, @PathVariable UUID id, @RequestParam long version, RedirectAttributes r) {
        return after(id, desk.acknowledge(id, version, viewer), "Acknowledged. The completion clock is now running.", r);
    }

    @PostMapping("/handoffs/{id}/accept")
    String accept(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) UUID owner, RedirectAttributes r) {
        return after(id, desk.accept(id, version, owner, viewer), "Accepted. The sender can see who owns it now.", r);
    }

    @PostMapping("/handoffs/{id}/reassign")
    String reassign(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) UUID owner, RedirectAttributes r) {
        return after(id, desk.reassign(id, version, owner, viewer), "Reassigned. The sender can see who owns it now.", r);
    }

    @PostMapping("/handoffs/{id}/decline")
    String decline(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes r) {
        return after(id, desk.decline(id, version, reason, viewer), "Declined. It has gone back to the sender.", r);
    }

    @PostMapping("/handoffs/{id}/complete")
    String complete(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String outcome, RedirectAttributes r) {
        return after(id, desk.complete(id, version, outcome, viewer), "Completed.", r);
    }

    @PostMapping("/handoffs/{id}/withdraw")
    String withdraw(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes r) {
        return after(id, desk.withdraw(id, version, reason, viewer), "Withdrawn.", r);
    }

    @PostMapping("/handoffs/{id}/next-step")
    String nextStep(Viewer viewer, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) NextStep step, @RequestParam(required = false) String note,
            RedirectAttributes r) {
        return after(id, desk.recordNextStep(id, version, step, note, viewer), "Next step recorded.", r);
    }

    @PostMapping("/handoffs/{id}/information-shared")
    String shared(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) String whatWasShared,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) LawfulBasis lawfulBasis,
            @RequestParam(required = false) Consent consent, RedirectAttributes r) {
        return after(id, desk.shareInformation(id, new InformationShared(whatWasShared, purpose, lawfulBasis, consent), viewer),
                "Information sharing recorded.", r);
    }

    private static String after(UUID id, Verdict verdict, String notice, RedirectAttributes r) {
        if (verdict.refused()) {
            r.addFlashAttribute("error", verdict.reason());
        } else {
            r.addFlashAttribute("notice", notice);
        }
        return "redirect:/handoffs/" + id;
    }
}
