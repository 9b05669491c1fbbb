package org.interstice.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.protection.child.ChildDirectory;
import org.interstice.protection.common.Refusal;
import org.interstice.protection.common.Scope;
import org.interstice.protection.config.ReferenceCodes;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.interstice.protection.triage.Decision;
import org.interstice.protection.triage.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making a contact (any agency), the MASH triage list and decision, and an agency's own contacts with outcomes. */
@Controller("protectionContactController")
class ContactController {

    static final String ANY_AGENCY_USER = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','MASH_OFFICER','POLICE_INVESTIGATOR','PANEL_CHAIR')";
    static final String MASH = "hasAnyRole('MASH_OFFICER','TEAM_MANAGER')";

    private final Clock clock;
    private final Audit audit;
    private final Contacts contacts;
    private final ChildDirectory directory;
    private final org.interstice.identity.Subjects subjects;
    private final org.interstice.protection.child.Caseload caseload;
    private final ReferenceCodes codes;
    private final Names names;
    private final JdbcClient jdbc;

    ContactController(Clock clock, Audit audit, Contacts contacts, ChildDirectory directory,
                      org.interstice.protection.child.Caseload caseload, ReferenceCodes codes, Names names,
                      JdbcClient jdbc, org.interstice.identity.Subjects subjects) {
        this.subjects = subjects;
        this.caseload = caseload;
        this.clock = clock;
        this.audit = audit;
        this.contacts = contacts;
        this.directory = directory;
        this.codes = codes;
        this.names = names;
        this.jdbc = jdbc;
    }

    @GetMapping("/protection/contacts/new")
    @PreAuthorize(ANY_AGENCY_USER)
    String newContact(@RequestParam(required = false) UUID subjectId, @RequestParam(required = false) String search,
                      Viewer viewer, Model model) {
        var child = known(subjectId, viewer);
        // search-before-create: offer the people identity already holds, so a known child is not created again
        var found = child == null && search != null && !search.isBlank()
                ? subjects.search(viewer, search.strip(), null, 10) : List.<org.interstice.identity.SubjectSummary>of();
        model.addAttribute("page", new ContactForm(child, search == null ? "" : search.strip(), "", "", "",
                codes.referralSources(), null, search == null ? "" : search.strip(), found));
        return "protection/contact-new";
    }

    @PostMapping("/protection/contacts")
    @PreAuthorize(ANY_AGENCY_USER)
    String makeContact(@RequestParam(required = false) UUID subjectId, @RequestParam(required = false) String childName,
                       @RequestParam(required = false) String childBirthDate,
                       @RequestParam(required = false) String referralSource,
                       @RequestParam(required = false) String concern, Viewer viewer, Model model) {
        try {
            var contact = contacts.receive(new NewContact(subjectId, childName,
                    DateInput.parse(childBirthDate, "childBirthDate", false), referralSource, concern, null), viewer);
            return "redirect:/protection/contacts/" + contact.id();
        } catch (Refusal refusal) {
            var child = known(subjectId, viewer);
            model.addAttribute("page", new ContactForm(child, nz(childName), nz(childBirthDate), nz(referralSource),
                    nz(concern), codes.referralSources(), new FormError("contact", refusal.field(), refusal.getMessage()),
                    "", List.of()));
            return "protection/contact-new";
        }
    }

    @GetMapping("/protection/contacts")
    @PreAuthorize(ANY_AGENCY_USER)
    String ourContacts(Viewer viewer, Model model) {
        audit.read(viewer, "protection-contact-list", "agency:" + viewer.agencyCode());
        model.addAttribute("page", new ContactList("Your agency’s contacts", contacts.fromAgency(viewer.agencyId(), 200),
                LocalDate.now(clock), names.agencies(), false));
        return "protection/contacts";
    }

    @GetMapping("/protection/mash")
    @PreAuthorize(MASH)
    String mash(Viewer viewer, Model model) {
        audit.read(viewer, "protection-contact-list", "awaiting-decision");
        model.addAttribute("page", new ContactList("Contacts awaiting a MASH decision", contacts.awaitingDecision(),
                LocalDate.now(clock), names.agencies(), true));
        return "protection/contacts";
    }

    @GetMapping("/protection/contacts/{id}")
    @PreAuthorize(ANY_AGENCY_USER)
    String contact(@PathVariable UUID id, Viewer viewer, Model model) {
        var contact = contacts.visible(id, Scope.of(viewer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.read(viewer, "protection-contact", id);
        boolean canDecide = viewer.hasRole(org.interstice.agency.Role.MASH_OFFICER)
                || viewer.hasRole(org.interstice.agency.Role.TEAM_MANAGER);
        List<ContactPage.Rag> rags = jdbc.sql("SELECT code, label, meaning, completion_hours FROM mash_rag_rating ORDER BY sort_order")
                .query(ContactPage.Rag.class).list();
        model.addAttribute("page", new ContactPage(contact, codes.label("REFERRAL_SOURCE", contact.referralSource()),
                codes.label("PRIMARY_NEED", contact.primaryNeed()), names.agencies(), names.teams(), rags,
                List.of(Outcome.values()), codes.primaryNeeds(), canDecide, viewer.teamId(),
                (FormError) model.getAttribute("error")));
        return "protection/contact";
    }

    @PostMapping("/protection/contacts/{id}/rating")
    @PreAuthorize(MASH)
    String rate(@PathVariable UUID id, @RequestParam(required = false) String rag, @RequestParam int version,
                Viewer viewer, RedirectAttributes redirect) {
        try {
            contacts.rate(id, rag, version, viewer);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError("rating", refusal.field(), refusal.getMessage()));
        }
        return "redirect:/protection/contacts/" + id;
    }

    @PostMapping("/protection/contacts/{id}/decision")
    @PreAuthorize(MASH)
    String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String primaryNeed,
                  @RequestParam(required = false) UUID onwardAgencyId, @RequestParam(required = false) UUID teamId,
                  @RequestParam int version, Viewer viewer, RedirectAttributes redirect) {
        try {
            contacts.decide(id, new Decision(outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome),
                    reason, primaryNeed, onwardAgencyId), teamId, version, viewer);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", new FormError("decision", refusal.field(), refusal.getMessage()));
        }
        return "redirect:/protection/contacts/" + id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * The child a contact is about, named only when the viewer may already see the child (protection's scope, checked
     * in SQL) or identity's single view of the subject; identity's look-up itself does no access check.
     */
    private org.interstice.protection.child.ChildSummary known(UUID subjectId, Viewer viewer) {
        if (subjectId == null) {
            return null;
        }
        if (!caseload.visible(subjectId, org.interstice.protection.common.Scope.of(viewer))
                && !directory.singleViewOpenTo(subjectId, viewer)) {
            return null;
        }
        return directory.find(subjectId).orElse(null);
    }
}
