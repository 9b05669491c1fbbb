package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.alarm.Alarms.Alarm;
import org.interstice.protection.child.Caseload;
import org.interstice.protection.child.ChildDirectory;
import org.interstice.protection.child.ProtectionChildren;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.common.Scope;
import org.interstice.protection.config.ReferenceCodes;
import org.interstice.protection.config.ScreeningConfiguration;
import org.interstice.protection.response.ContactKind;
import org.interstice.protection.response.LeadProfessionals;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.screening.Tier;
import org.interstice.protection.timeline.Clocks;
import org.interstice.protection.timeline.Timeline;
import org.interstice.protection.timeline.TimelineEvent;
import org.interstice.protection.triage.Contacts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The children-at-risk list and each child's protection page, with the forms that change it. */
@Controller("protectionChildController")
class ChildController {

    static final String READERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','PANEL_CHAIR','POLICE_INVESTIGATOR')";
    static final String CASE_WORKERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','PANEL_CHAIR')";
    static final String SCREENERS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR')";

    private final Clock clock;
    private final Audit audit;
    private final Caseload caseload;
    private final ChildDirectory directory;
    private final ProtectionChildren children;
    private final Screenings screenings;
    private final ScreeningConfiguration screeningConfiguration;
    private final Clocks clocks;
    private final Timeline timeline;
    private final Plans plans;
    private final LeadProfessionals leads;
    private final Sightings sightings;
    private final Contacts contacts;
    private final Alarms alarms;
    private final ReferenceCodes codes;
    private final Names names;
    private final ChildStories stories;

    ChildController(Clock clock, Audit audit, Caseload caseload, ChildDirectory directory, ProtectionChildren children,
                    Screenings screenings, ScreeningConfiguration screeningConfiguration, Clocks clocks,
                    Timeline timeline, Plans plans, LeadProfessionals leads, Sightings sightings, Contacts contacts,
                    Alarms alarms, ReferenceCodes codes, Names names, ChildStories stories) {
        this.stories = stories;
        this.clock = clock;
        this.audit = audit;
        this.caseload = caseload;
        this.directory = directory;
        this.children = children;
        this.screenings = screenings;
        this.screeningConfiguration = screeningConfiguration;
        this.clocks = clocks;
        this.timeline = timeline;
        this.plans = plans;
        this.leads = leads;
        this.sightings = sightings;
        this.contacts = contacts;
        this.alarms = alarms;
        this.codes = codes;
        this.names = names;
    }

    @GetMapping("/protection/children")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean alarmed,
                Viewer viewer, Model model) {
        model.addAttribute("rows", caseload.list(Scope.of(viewer), name, alarmed, 200));
        audit.read(viewer, "protection-child-list", name == null || name.isBlank() ? "all" : "name:" + name.strip());
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("alarmed", alarmed);
        model.addAttribute("teams", names.teams());
        return "protection/children";
    }

    @GetMapping("/protection/children/{id}")
    @PreAuthorize(READERS)
    String child(@PathVariable UUID id, Viewer viewer, Model model) {
        requireVisible(id, viewer);
        audit.read(viewer, "protection-child", id);
        LocalDate today = LocalDate.now(clock);
        var state = children.state(id).orElseThrow();
        var latest = screenings.latest(id).orElse(null);
        List<ChildPage.PlanView> planViews = plans.forChild(id).stream().map(p -> new ChildPage.PlanView(p,
                codes.label("CP_CATEGORY", p.latestCategory()), codes.label("CP_CATEGORY", p.initialCategory()),
                codes.label("CLOSURE_REASON", p.closureReason()), plans.actions(p.id()))).toList();
        List<Alarm> history = alarms.forChild(id);
        Alarm open = history.stream().filter(Alarm::open).findFirst().orElse(null);
        List<Alarm> past = history.stream().filter(a -> !a.open()).toList();
        FormError error = (FormError) model.getAttribute("error");
        model.addAttribute("page", new ChildPage(directory.find(id).orElseThrow(), today, state,
                names.owner(state.responsibleTeamId()), open == null ? null : names.owner(open.ownerTeamId()), latest, latest == null ? List.of() : screenings.findings(latest.id()),
                screenings.history(id), clocks.forChild(id), planViews, leads.current(id).orElse(null),
                sightings.forChild(id), contacts.forChild(id), open, past, codes.cpCategories(),
                codes.assessmentFactors(), timeline.factors(id), names.agencies(),
                canCloseAlarm(viewer), error, directory.singleViewOpenTo(id, viewer), codes.closureReasons()));
        model.addAttribute("story", stories.story(id, viewer, 50, error));
        return "protection/child";
    }

    @GetMapping("/protection/children/{id}/screenings/new")
    @PreAuthorize(SCREENERS)
    String newScreening(@PathVariable UUID id, Viewer viewer, Model model) {
        requireVisible(id, viewer);
        model.addAttribute("page", new ScreeningForm(directory.find(id).orElseThrow(),
                screeningConfiguration.indicators(), screeningConfiguration.vocabularyInUse(),
                DateInput.format(LocalDate.now(clock)), (FormError) model.getAttribute("error")));
        return "protection/screening-new";
    }

    @PostMapping("/protection/children/{id}/screenings")
    @PreAuthorize(SCREENERS)
    String screen(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
                  RedirectAttributes redirect) {
        requireVisible(id, viewer);
        List<Tick> ticks = new ArrayList<>();
        for (var indicator : screeningConfiguration.indicators()) {
            boolean recent = form.containsKey("recent-" + indicator.code());
            boolean earlier = indicator.tier() != Tier.VULNERABILITY && form.containsKey("earlier-" + indicator.code());
            if (recent || earlier) {
                ticks.add(new Tick(indicator.code(), recent, earlier));
            }
        }
        try {
            LocalDate on = DateInput.parse(form.getFirst("screenedOn"), "screenedOn", true);
            String judgementRank = form.getFirst("judgementRank");
            var screening = screenings.record(id, ticks, form.containsKey("disclosure"), on, form.getFirst("notes"),
                    judgementRank == null || !judgementRank.matches("\\d{1,2}") ? null : Integer.valueOf(judgementRank),
                    form.getFirst("judgementReason"), viewer);
            return "redirect:/protection/screenings/" + screening.id();
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError("screening", refusal.field(), refusal.getMessage()));
            return "redirect:/protection/children/" + id + "/screenings/new";
        }
    }

    @GetMapping("/protection/screenings/{id}")
    @PreAuthorize(READERS)
    String screening(@PathVariable UUID id, Viewer viewer, Model model) {
        var screening = screenings.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireVisible(screening.subjectId(), viewer);
        audit.read(viewer, "exploitation-screening", id);
        model.addAttribute("page", new ScreeningPage(directory.find(screening.subjectId()).orElseThrow(), screening,
                screenings.findings(id), names.agencyName().apply(screening.agencyId())));
        return "protection/screening";
    }

    @PostMapping("/protection/children/{id}/plans")
    @PreAuthorize(CASE_WORKERS)
    String startPlan(@PathVariable UUID id, @RequestParam(required = false) String planType,
                     @RequestParam(required = false) String category, @RequestParam(required = false) String startedOn,
                     Viewer viewer, RedirectAttributes redirect) {
        return change(id, "plan", redirect, () -> plans.start(id, planType == null || planType.isBlank() ? null : PlanType.valueOf(planType),
                category, DateInput.parse(startedOn, "startedOn", true), viewer));
    }

    @PostMapping("/protection/plans/{planId}/end")
    @PreAuthorize(CASE_WORKERS)
    String endPlan(@PathVariable UUID planId, @RequestParam(required = false) String endedOn,
                   @RequestParam(required = false) String closureReason,
                   @RequestParam(required = false) String endReason, @RequestParam int version, Viewer viewer,
                   RedirectAttributes redirect) {
        UUID subject = plans.byId(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).subjectId();
        return change(subject, "end-" + planId, redirect, () -> plans.end(planId, DateInput.parse(endedOn, "endedOn", true),
                closureReason, endReason, version, viewer));
    }

    @PostMapping("/protection/plans/{planId}/category")
    @PreAuthorize(CASE_WORKERS)
    String changeCategory(@PathVariable UUID planId, @RequestParam(required = false) String category,
                          @RequestParam(required = false) String from, @RequestParam int version, Viewer viewer,
                          RedirectAttributes redirect) {
        UUID subject = plans.byId(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).subjectId();
        requireVisible(subject, viewer);
        return change(subject, "category-" + planId, redirect, () -> plans.changeCategory(planId, category,
                DateInput.parse(from, "from", true), version, viewer));
    }

    @PostMapping("/protection/plans/{planId}/actions")
    @PreAuthorize(CASE_WORKERS)
    String addAction(@PathVariable UUID planId, @RequestParam(required = false) String description,
                     @RequestParam(required = false) String ownerName, @RequestParam(required = false) UUID ownerAgencyId,
                     @RequestParam(required = false) String dueOn, Viewer viewer, RedirectAttributes redirect) {
        UUID subject = plans.byId(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).subjectId();
        return change(subject, "action-" + planId, redirect, () -> plans.addAction(planId, description, ownerName,
                ownerAgencyId, DateInput.parse(dueOn, "dueOn", true), viewer));
    }

    @PostMapping("/protection/plans/{planId}/actions/{actionId}/done")
    @PreAuthorize(CASE_WORKERS)
    String actionDone(@PathVariable UUID planId, @PathVariable UUID actionId, Viewer viewer, RedirectAttributes redirect) {
        UUID subject = plans.byId(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).subjectId();
        return change(subject, "action-" + planId, redirect, () -> plans.completeAction(actionId, viewer));
    }

    @PostMapping("/protection/children/{id}/lead-professional")
    @PreAuthorize(CASE_WORKERS)
    String lead(@PathVariable UUID id, @RequestParam(required = false) String personName,
                @RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String fromOn,
                Viewer viewer, RedirectAttributes redirect) {
        return change(id, "lead", redirect, () -> leads.assign(id, personName, agencyId,
                DateInput.parse(fromOn, "fromOn", true), viewer));
    }

    @PostMapping("/protection/children/{id}/seen")
    @PreAuthorize(SCREENERS)
    String seen(@PathVariable UUID id, @RequestParam(required = false) String seenOn,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String childSeen,
                @RequestParam(required = false) String seenAlone, @RequestParam(required = false) String note,
                Viewer viewer, RedirectAttributes redirect) {
        return change(id, "seen", redirect, () -> sightings.record(id, DateInput.parse(seenOn, "seenOn", true),
                ContactKind.of(kind), yesNo(childSeen), yesNo(seenAlone), note, viewer));
    }

    private static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    @PostMapping("/protection/children/{id}/timeline")
    @PreAuthorize(CASE_WORKERS)
    String timelineEvent(@PathVariable UUID id, @RequestParam(required = false) String event,
                         @RequestParam(required = false) String on,
                         @RequestParam(name = "factor", required = false) List<String> factors, Viewer viewer,
                         RedirectAttributes redirect) {
        return change(id, "timeline", redirect, () -> timeline.record(id,
                event == null || event.isBlank() ? null : TimelineEvent.valueOf(event), DateInput.parse(on, "on", true),
                factors == null ? List.of() : factors, viewer));
    }

    @PostMapping("/protection/alarms/{alarmId}/close")
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','PANEL_CHAIR')")
    String closeAlarm(@PathVariable UUID alarmId, @RequestParam(required = false) String reason, @RequestParam int version,
                      Viewer viewer, RedirectAttributes redirect) {
        UUID subject = alarms.byId(alarmId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).subjectId();
        return change(subject, "alarm", redirect, () -> alarms.closeByDecision(alarmId, version, reason, viewer));
    }

    private String change(UUID subjectId, String form, RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("done", true);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError(form, refusal.field(), refusal.getMessage()));
        }
        return "redirect:/protection/children/" + subjectId;
    }

    private void requireVisible(UUID subjectId, Viewer viewer) {
        if (!caseload.visible(subjectId, Scope.of(viewer))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static boolean canCloseAlarm(Viewer viewer) {
        return viewer.hasRole(Role.TEAM_MANAGER) || viewer.hasRole(Role.PANEL_CHAIR);
    }
}
