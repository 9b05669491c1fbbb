package org.interstice.pursuit.web;

import org.interstice.pursuit.*;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interstice.agency.Role;
import org.interstice.agency.UserSummary;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.intelligence.SuspectEvidence;
import org.interstice.pursuit.internal.Alarms;
import org.interstice.pursuit.DisruptionType;
import org.interstice.pursuit.Ethnicity;
import org.interstice.pursuit.Nationality;
import org.interstice.pursuit.Outcome;
import org.interstice.pursuit.OutcomeGroup;
import org.interstice.pursuit.Stage;
import org.interstice.pursuit.internal.Suspect;
import org.interstice.pursuit.internal.SuspectList;
import org.interstice.pursuit.SuspectPathway;
import org.interstice.pursuit.internal.Suspects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The suspects list and a suspect's page: pathway, disruption, police lead, ethnicity and nationality, alarm. */
@Controller
class SuspectPage {

    static final String READERS = "hasAnyRole('INTELLIGENCE_ANALYST','POLICE_INVESTIGATOR','PANEL_CHAIR','PARTNERSHIP_LEAD')";
    static final String INVESTIGATORS = "hasRole('POLICE_INVESTIGATOR')";
    static final String DECIDERS = "hasAnyRole('POLICE_INVESTIGATOR','PANEL_CHAIR')";

    private final Suspects suspects;
    private final SuspectList list;
    private final SuspectPathway pathway;
    private final Alarms alarms;
    private final SuspectEvidence evidence;
    private final org.interstice.pursuit.internal.ChildrenAtRisk childrenAtRisk;
    private final Users users;
    private final Audit audit;
    private final org.interstice.identity.Subjects subjects;
    private final Clock clock;

    SuspectPage(Suspects suspects, SuspectList list, SuspectPathway pathway, Alarms alarms, SuspectEvidence evidence,
                org.interstice.pursuit.internal.ChildrenAtRisk childrenAtRisk,
                Users users, Audit audit, org.interstice.identity.Subjects subjects, Clock clock) {
        this.subjects = subjects;
        this.suspects = suspects;
        this.list = list;
        this.pathway = pathway;
        this.alarms = alarms;
        this.evidence = evidence;
        this.childrenAtRisk = childrenAtRisk;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/pursuit/suspects")
    @PreAuthorize(READERS)
    String suspects(Viewer viewer, Model model, @RequestParam(required = false) String stage) {
        String chosen = stage == null || stage.isBlank() || Arrays.stream(Stage.values()).noneMatch(s -> s.name().equals(stage)) ? null : stage;
        audit.read(viewer, "suspect_list", chosen == null ? "all" : chosen);
        model.addAttribute("rows", list.rows(chosen, 500));
        model.addAttribute("completeness", list.completeness());
        model.addAttribute("stages", List.of(Stage.values()));
        model.addAttribute("stage", chosen == null ? "" : chosen);
        model.addAttribute("owners", owners());
        return "pursuit/suspects";
    }

    @GetMapping("/pursuit/suspects/{id}")
    @PreAuthorize(READERS)
    @Transactional
    String suspect(@PathVariable UUID id, Viewer viewer, Model model) {
        Suspect s = suspects.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.read(viewer, "suspect", id);
        SuspectEvidence.Evidence ev = evidence.forSuspects(List.of(s.personId())).getOrDefault(s.personId(),
                new SuspectEvidence.Evidence(s.personId(), List.of(), List.of()));
        model.addAttribute("suspect", s);
        model.addAttribute("reports", ev.namings().size());
        model.addAttribute("sources", ev.namings().stream().map(SuspectEvidence.Naming::sourceKey).distinct().count());
        var atRisk = childrenAtRisk.atRisk(ev);
        model.addAttribute("children", org.interstice.pursuit.internal.ChildrenAtRisk.linked(atRisk).size());
        model.addAttribute("childrenAtTop", atRisk.stream().filter(c -> c.topLevel()).map(c -> c.childSubjectId()).distinct().count());
        model.addAttribute("childrenLinked", ev.children().size());
        model.addAttribute("reportLines", evidence.reportsNaming(viewer, s.personId()));
        model.addAttribute("alarm", alarms.openFor(id).orElse(null));
        model.addAttribute("ended", alarms.endedFor(id));
        model.addAttribute("history", suspects.history(id));
        List<Suspects.Disruption> disruptions = suspects.disruptions(id);
        model.addAttribute("disruptions", disruptions);
        model.addAttribute("investigationActions", suspects.investigationActions(id));
        model.addAttribute("cawnChildren", cawnChildren(ev, disruptions));
        model.addAttribute("cawnTypes", List.of(CawnType.values()));
        model.addAttribute("owners", owners());
        model.addAttribute("investigators", users.withRole(Role.POLICE_INVESTIGATOR).stream().filter(UserSummary::active).toList());
        model.addAttribute("canAct", viewer.role() == Role.POLICE_INVESTIGATOR);
        model.addAttribute("canDecide", viewer.role() == Role.POLICE_INVESTIGATOR || viewer.role() == Role.PANEL_CHAIR);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("outcomes", List.of(Outcome.values()));
        model.addAttribute("groups", Arrays.stream(OutcomeGroup.values()).filter(g -> g != OutcomeGroup.CHARGED_OR_SUMMONSED).toList());
        model.addAttribute("disruptionTypes", List.of(DisruptionType.values()));
        model.addAttribute("ethnicities", List.of(Ethnicity.values()));
        model.addAttribute("nationalities", Nationality.choices());
        return "pursuit/suspect";
    }

    @PostMapping("/pursuit/suspects/{id}/stage")
    @PreAuthorize(INVESTIGATORS)
    String advance(@PathVariable UUID id, Viewer viewer, @RequestParam(required = false) String stage,
                   @RequestParam(required = false) String on, @RequestParam(required = false) String note,
                   @RequestParam int version, RedirectAttributes flash) {
        return done(id, flash, pathway.advance(viewer, id, parse(Stage.class, stage), date(on), note, version));
    }

    @PostMapping("/pursuit/suspects/{id}/outcome")
    @PreAuthorize(INVESTIGATORS)
    String outcome(@PathVariable UUID id, Viewer viewer, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String group, @RequestParam(required = false) String on,
                   @RequestParam(required = false) String note, @RequestParam int version, RedirectAttributes flash) {
        return done(id, flash, pathway.close(viewer, id, parse(Outcome.class, outcome), parse(OutcomeGroup.class, group), date(on), note, version));
    }

    @PostMapping("/pursuit/suspects/{id}/disruption")
    @PreAuthorize(INVESTIGATORS)
    String disruption(@PathVariable UUID id, Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        NewDisruption d = new NewDisruption(parse(DisruptionType.class, form.get("type")), form.get("description"),
                date(form.get("takenOn")), date(form.get("expiresOn")), null, uuid(form.get("child")),
                parse(CawnType.class, form.get("cawnType")), form.get("court"), form.get("conditions"), form.get("authority"),
                form.get("licence"));
        return done(id, flash, pathway.disrupt(viewer, id, d), form);
    }

    @PostMapping("/pursuit/suspects/{id}/breach")
    @PreAuthorize(INVESTIGATORS)
    String breach(@PathVariable UUID id, Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return done(id, flash, pathway.recordBreach(viewer, id, uuid(form.get("disruption")), date(form.get("breachedOn")),
                form.get("breachNote")), form);
    }

    @PostMapping("/pursuit/suspects/{id}/investigation-action")
    @PreAuthorize(INVESTIGATORS)
    String investigationAction(@PathVariable UUID id, Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return done(id, flash, pathway.recordInvestigationAction(viewer, id, date(form.get("actionOn")), form.get("action")), form);
    }

    private List<Suspects.CawnChild> cawnChildren(SuspectEvidence.Evidence ev, List<Suspects.Disruption> disruptions) {
        Map<UUID, String> out = new java.util.LinkedHashMap<>();
        for (SuspectEvidence.ChildLink c : ev.children())
            if (c.childSubjectId() != null) out.putIfAbsent(c.childSubjectId(), childName(c.childSubjectId(), c.childPersonId()));
        for (Suspects.Disruption d : disruptions)
            if (d.childSubjectId() != null) out.putIfAbsent(d.childSubjectId(), childName(d.childSubjectId(), null));
        return out.entrySet().stream().map(e -> new Suspects.CawnChild(e.getKey(), e.getValue())).toList();
    }

    private String childName(UUID subjectId, UUID personId) {
        return subjects.byId(subjectId).map(org.interstice.identity.SubjectSummary::displayName)
                .or(() -> personId == null ? java.util.Optional.empty() : evidence.person(personId).map(SuspectEvidence.Person::label))
                .orElse("Person record " + subjectId);
    }

    @PostMapping("/pursuit/suspects/{id}/lead")
    @PreAuthorize(INVESTIGATORS)
    String lead(@PathVariable UUID id, Viewer viewer, @RequestParam(required = false) UUID lead, @RequestParam int version,
                RedirectAttributes flash) {
        return done(id, flash, pathway.assignLead(viewer, id, lead, version));
    }

    @PostMapping("/pursuit/suspects/{id}/description")
    @PreAuthorize(INVESTIGATORS)
    String description(@PathVariable UUID id, Viewer viewer, @RequestParam(required = false) String ethnicity,
                       @RequestParam(required = false) String nationality, @RequestParam int version, RedirectAttributes flash) {
        return done(id, flash, pathway.describe(viewer, id, parse(Ethnicity.class, ethnicity),
                Nationality.parse(nationality).orElse(null), version));
    }

    @PostMapping("/pursuit/suspects/{id}/decision")
    @PreAuthorize(DECIDERS)
    String decision(@PathVariable UUID id, Viewer viewer, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return done(id, flash, pathway.decide(viewer, id, reason));
    }

    private static String done(UUID id, RedirectAttributes flash, SuspectPathway.Result result) {
        if (result.done()) flash.addFlashAttribute("notice", "Saved");
        else flash.addFlashAttribute("error", result.refusal());
        return "redirect:/pursuit/suspects/" + id;
    }

    /** As {@link #done(UUID, RedirectAttributes, SuspectPathway.Result)}, with errors by field and the values entered kept. */
    private static String done(UUID id, RedirectAttributes flash, SuspectPathway.Result result, Map<String, String> form) {
        if (result.done() || result.errors().isEmpty()) return done(id, flash, result);
        flash.addFlashAttribute("errors", result.errors());
        Map<String, String> kept = new java.util.HashMap<>(form);
        kept.remove("_csrf");
        flash.addFlashAttribute("form", kept);
        return "redirect:/pursuit/suspects/" + id + "#" + result.errors().keySet().iterator().next();
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private Map<UUID, String> owners() {
        return users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            return LocalDate.MAX;
        }
    }

}
