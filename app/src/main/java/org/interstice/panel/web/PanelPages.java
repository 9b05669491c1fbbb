package org.interstice.panel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.handoff.Urgency;
import org.interstice.handoff.Verdict;
import org.interstice.panel.VoltSection;
import org.interstice.panel.Panels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exploitation panel (MACE) pages. Panel members read; chairs and partnership leads run meetings. */
@Controller
class PanelPages {

    static final String READERS = "hasAnyRole('PANEL_CHAIR','PARTNERSHIP_LEAD','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','INTELLIGENCE_ANALYST')";
    static final String CHAIRS = "hasAnyRole('PANEL_CHAIR','PARTNERSHIP_LEAD')";

    private final Panels panels;
    private final Agencies agencies;
    private final Users users;
    private final MeetingReading meetings;
    private final Clock clock;

    PanelPages(Panels panels, Agencies agencies, Users users, MeetingReading meetings, Clock clock) {
        this.panels = panels;
        this.agencies = agencies;
        this.users = users;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/panels")
    @PreAuthorize(READERS)
    String meetings(Viewer viewer, Model model) {
        model.addAttribute("meetings", panels.meetings());
        model.addAttribute("canRun", viewer.hasRole(Role.PANEL_CHAIR) || viewer.hasRole(Role.PARTNERSHIP_LEAD));
        return "panel/meetings";
    }

    @GetMapping("/panels/new")
    @PreAuthorize(CHAIRS)
    String newMeeting(Viewer viewer, Model model) {
        return newMeeting(model, viewer, null, "Exploitation panel (MACE)", null, viewer.userId(), List.of());
    }

    @PostMapping("/panels")
    @PreAuthorize(CHAIRS)
    String open(Viewer viewer, @RequestParam(required = false) String title,
            @RequestParam(required = false) LocalDate heldOn, @RequestParam(required = false) UUID chair,
            @RequestParam(name = "agency", required = false) List<UUID> agencyIds, Model model) {
        Panels.Opened opened = panels.open(new Panels.NewMeeting(title, heldOn, chair, agencyIds), viewer);
        if (opened.refusal() != null) {
            return newMeeting(model, viewer, opened.refusal(), title, heldOn, chair, agencyIds == null ? List.of() : agencyIds);
        }
        return "redirect:/panels/" + opened.meetingId();
    }

    private String newMeeting(Model model, Viewer viewer, String error, String title, LocalDate heldOn, UUID chair,
            List<UUID> chosen) {
        model.addAttribute("error", error);
        model.addAttribute("title", title);
        model.addAttribute("heldOn", heldOn == null ? LocalDate.now(clock) : heldOn);
        model.addAttribute("chair", chair);
        model.addAttribute("chosen", chosen);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("chairs", users.all().stream().filter(u -> u.active()
                && (u.role() == Role.PANEL_CHAIR || u.role() == Role.PARTNERSHIP_LEAD || u.role() == Role.TEAM_MANAGER)).toList());
        return "panel/new";
    }

    @GetMapping("/panels/{id}")
    @PreAuthorize(READERS)
    String meeting(Viewer viewer, @PathVariable UUID id, Model model) {
        meetings.fill(viewer, id, model);
        model.addAttribute("canRun", viewer.hasRole(Role.PANEL_CHAIR) || viewer.hasRole(Role.PARTNERSHIP_LEAD));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("sections", VoltSection.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("now", clock.instant());
        return "panel/meeting";
    }

    @PostMapping("/panels/{id}/items")
    @PreAuthorize(CHAIRS)
    String addItem(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) VoltSection section,
            @RequestParam(required = false) String heading, @RequestParam(required = false) String detail,
            RedirectAttributes r) {
        meetings.find(id);
        return after(id, panels.addItem(id, section, heading, detail, viewer), "Agenda item added.", r);
    }

    @PostMapping("/panels/{id}/items/{item}")
    @PreAuthorize(CHAIRS)
    String editItem(Viewer viewer, @PathVariable UUID id, @PathVariable UUID item, @RequestParam long version,
            @RequestParam(required = false) String heading, @RequestParam(required = false) String detail,
            @RequestParam(required = false) String discussion, RedirectAttributes r) {
        return after(id, panels.editItem(item, version, heading, detail, discussion, viewer), "Agenda item saved.", r);
    }

    @PostMapping("/panels/{id}/items/{item}/remove")
    @PreAuthorize(CHAIRS)
    String removeItem(Viewer viewer, @PathVariable UUID id, @PathVariable UUID item, @RequestParam long version,
            RedirectAttributes r) {
        return after(id, panels.removeItem(item, version, viewer), "Agenda item removed.", r);
    }

    @PostMapping("/panels/{id}/decisions")
    @PreAuthorize(CHAIRS)
    String decide(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) UUID item,
            @RequestParam(required = false) String decision, @RequestParam(required = false) UUID toAgency,
            @RequestParam(required = false) LocalDate due, @RequestParam(required = false) Urgency urgency,
            RedirectAttributes r) {
        meetings.find(id);
        return after(id, panels.decide(id, item, decision, toAgency, null, due, urgency, viewer),
                "Decision recorded and sent as an action to the agency that owns it.", r);
    }

    private static String after(UUID id, Verdict verdict, String notice, RedirectAttributes r) {
        r.addFlashAttribute(verdict.refused() ? "error" : "notice", verdict.refused() ? verdict.reason() : notice);
        return "redirect:/panels/" + id;
    }
}
