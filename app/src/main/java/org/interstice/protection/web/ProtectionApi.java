package org.interstice.protection.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.alarm.AlarmReason;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.child.Caseload;
import org.interstice.protection.common.Scope;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.Contact;
import org.interstice.protection.triage.Contacts.NewContact;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Agencies send contacts and read their outcomes; the partnership reads open "known but not protected" alarms.
 * An agency's token sees its own contacts, and alarms only for children its agency has recorded something about.
 */
@RestController("protectionProtectionApi")
@RequestMapping("/api/v1/protection")
@PreAuthorize("hasRole('API')")
class ProtectionApi {

    /** A contact sent by an agency. Give {@code subjectId} when the child is already known. */
    record ContactRequest(UUID subjectId, String childName, LocalDate childBirthDate, String referralSource,
                          String concern, String referredBy, OffsetDateTime receivedAt) {
    }

    record OutcomeView(String code, String label, String reason, String primaryNeed, UUID onwardAgencyId,
                       OffsetDateTime decidedAt) {
    }

    record ContactView(UUID id, UUID subjectId, OffsetDateTime receivedAt, String referralSource, String referredBy,
                       String concern, String status, String rag, LocalDate decisionDueOn, OutcomeView outcome) {

        static ContactView of(Contact c) {
            return new ContactView(c.id(), c.subjectId(), c.receivedAt(), c.referralSource(), c.referredBy(), c.concern(),
                    c.decided() ? "DECIDED" : "AWAITING_DECISION", c.rag(), c.decisionDueOn(),
                    c.decided() ? new OutcomeView(c.outcome().name(), c.outcome().label(), c.outcomeReason(),
                            c.primaryNeed(), c.onwardAgencyId(), c.decidedAt()) : null);
        }
    }

    record Owner(UUID teamId, String teamName, UUID managerUserId, String managerName) {
    }

    /** The child's screened risk; {@code rank} and {@code levels} are null for a child not yet screened. */
    record Risk(String label, Integer rank, Integer levels) {
    }

    record AlarmView(UUID alarmId, UUID subjectId, List<AlarmReason> reasons, OffsetDateTime raisedAt, Owner owner,
                     Risk risk, int agenciesAware) {
    }

    record AlarmPage(long total, int offset, List<AlarmView> alarms) {
    }

    /**
     * A child's latest exploitation screening: the level, what set it ({@code SCORE}, {@code SIGNIFICANT_INCIDENT},
     * {@code DISCLOSURE} or {@code PROFESSIONAL_JUDGEMENT}) and the explanation shown on the screening page.
     */
    record ScreeningView(UUID id, UUID subjectId, LocalDate screenedOn, int score, String level, int rank, int levels,
                         String levelBasis, String explanation, String judgementBy, String judgementReason,
                         LocalDate rescreenDueOn) {

        static ScreeningView of(Screenings.Screening s) {
            return new ScreeningView(s.id(), s.subjectId(), s.screenedOn(), s.score(), s.levelLabel(), s.levelRank(),
                    s.levelCount(), s.levelBasis().name(), s.howReached(), s.judgementBy(), s.judgementReason(),
                    s.rescreenDueOn());
        }
    }

    private final Contacts contacts;
    private final Alarms alarms;
    private final Names names;
    private final Audit audit;
    private final Screenings screenings;
    private final Caseload caseload;

    ProtectionApi(Contacts contacts, Alarms alarms, Names names, Audit audit, Screenings screenings, Caseload caseload) {
        this.screenings = screenings;
        this.caseload = caseload;
        this.contacts = contacts;
        this.alarms = alarms;
        this.names = names;
        this.audit = audit;
    }

    @PostMapping("/contacts")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<ContactView> send(@RequestBody ContactRequest request, Viewer viewer) {
        Contact contact = contacts.receive(new NewContact(request.subjectId(), request.childName(),
                request.childBirthDate(), request.referralSource(), request.concern(), request.referredBy(),
                request.receivedAt()), viewer);
        return ResponseEntity.created(URI.create("/api/v1/protection/contacts/" + contact.id())).body(ContactView.of(contact));
    }

    @GetMapping("/contacts")
    @PreAuthorize("hasRole('API')")
    List<ContactView> ours(@RequestParam(defaultValue = "200") int limit, Viewer viewer) {
        audit.read(viewer, "protection-contact-list", "agency:" + viewer.agencyCode());
        return contacts.fromAgency(viewer.agencyId(), Math.min(Math.max(limit, 1), 1000)).stream().map(ContactView::of).toList();
    }

    @GetMapping("/contacts/{id}")
    @PreAuthorize("hasRole('API')")
    ContactView one(@PathVariable UUID id, Viewer viewer) {
        Contact contact = contacts.byId(id).filter(c -> c.referringAgencyId().equals(viewer.agencyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact from your agency has this id"));
        audit.read(viewer, "protection-contact", id);
        return ContactView.of(contact);
    }

    @GetMapping("/alarms")
    @PreAuthorize("hasRole('API')")
    AlarmPage openAlarms(@RequestParam(defaultValue = "age") String sort, @RequestParam(defaultValue = "100") int limit,
                         @RequestParam(defaultValue = "0") int offset, Viewer viewer) {
        Scope scope = Scope.of(viewer);
        audit.read(viewer, "protection-alarm-list", "open");
        Map<UUID, String> teams = names.teams();
        Map<UUID, Owner> owners = new java.util.HashMap<>();
        List<AlarmView> views = alarms.open(scope, Alarms.Order.of(sort), Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0))
                .stream().map(a -> new AlarmView(a.id(), a.subjectId(), a.reasons(), a.raisedAt(),
                        a.ownerTeamId() == null ? null : owners.computeIfAbsent(a.ownerTeamId(), team -> {
                            var manager = names.manager(team);
                            return new Owner(team, teams.get(team), manager.map(m -> m.id()).orElse(null),
                                    manager.map(m -> m.displayName()).orElse(null));
                        }),
                        new Risk(a.riskText(), a.riskRank(), a.riskRank() == null ? null : a.riskLevelCount()), a.agenciesAware()))
                .toList();
        return new AlarmPage(alarms.openCount(scope), Math.max(offset, 0), views);
    }

    @GetMapping("/children/{subjectId}/screenings/latest")
    @PreAuthorize("hasRole('API')")
    ScreeningView latestScreening(@PathVariable UUID subjectId, Viewer viewer) {
        if (!caseload.visible(subjectId, Scope.of(viewer))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child your agency knows has this id");
        }
        Screenings.Screening latest = screenings.latest(subjectId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The child has not been screened"));
        audit.read(viewer, "exploitation-screening", latest.id());
        return ScreeningView.of(latest);
    }

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage());
        problem.setTitle("The request was refused");
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return problem;
    }
}
