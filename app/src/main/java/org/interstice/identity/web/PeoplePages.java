package org.interstice.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.Ethnicity;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.IncomingPerson.Name;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.identity.NhsNumber;
import org.interstice.identity.PersonIntake;
import org.interstice.identity.Sex;
import org.interstice.identity.internal.PersonSearch;
import org.interstice.identity.internal.SubjectAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding a person by hand: search first, and only when none of the people found is the one, record a new agency
 * record for the practitioner's own agency (which is then linked like any other).
 */
@Controller
class PeoplePages {

    private final PersonSearch search;
    private final PersonIntake intake;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PeoplePages(PersonSearch search, PersonIntake intake, Audit audit, TransactionTemplate transaction, Clock clock) {
        this.search = search;
        this.intake = intake;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @GetMapping("/people/new")
    @PreAuthorize(SubjectPages.SEES_SUBJECTS)
    String start(Viewer viewer, @RequestParam(required = false) String givenName,
                 @RequestParam(required = false) String familyName, @RequestParam(required = false) String dob, Model model) {
        PersonForm form = new PersonForm(givenName, familyName, dob, null, null, null, null, null);
        boolean searched = (givenName != null && !givenName.isBlank()) || (familyName != null && !familyName.isBlank());
        List<PersonSearch.Hit> hits = List.of();
        if (searched) {
            String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
            hits = search.find(SubjectAccess.of(viewer), new PersonSearch.Query(name, SubjectPages.parseDate(dob), 366, null, null), 20);
            audit.record(viewer, "PERSON_SEARCH_BEFORE_CREATE", "subject", "search", hits.size() + " found");
        }
        model.addAttribute("form", form);
        model.addAttribute("searched", searched);
        model.addAttribute("hits", hits);
        model.addAttribute("errors", Map.of());
        model.addAttribute("ethnicities", Ethnicity.values());
        return "identity/new-person";
    }

    @PostMapping("/people")
    @PreAuthorize(SubjectPages.SEES_SUBJECTS)
    String create(Viewer viewer, PersonForm form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(form.givenName()) && blank(form.familyName())) {
            errors.put("familyName", "Enter a given name or a family name");
        }
        LocalDate dob = SubjectPages.parseDate(form.dob());
        if (!blank(form.dob()) && (dob == null || dob.isAfter(LocalDate.now(clock)))) {
            errors.put("dob", "Enter a real date of birth in the past, as YYYY-MM-DD");
        }
        if (!blank(form.nhsNumber()) && !NhsNumber.isValid(form.nhsNumber())) {
            errors.put("nhsNumber", "Enter a valid 10-digit NHS number, or leave it blank");
        }
        if (viewer.agencyId() == null) {
            errors.put("familyName", "Only a member of an agency can add a person");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("searched", true);
            model.addAttribute("hits", List.of());
            model.addAttribute("errors", errors);
            model.addAttribute("ethnicities", Ethnicity.values());
            return "identity/new-person";
        }
        List<IncomingPerson.Address> addresses = new ArrayList<>();
        if (!blank(form.address()) || !blank(form.postcode())) {
            addresses.add(new IncomingPerson.Address(trim(form.address()), blank(form.postcode()) ? null
                    : form.postcode().trim().toUpperCase(java.util.Locale.ROOT), LocalDate.now(clock), null));
        }
        IncomingPerson person = new IncomingPerson(viewer.agencyId(), "interstice", "M-" + UUID.randomUUID(),
                List.of(new Name(NameKind.PRIMARY, trim(form.givenName()), trim(form.familyName()))), dob,
                Sex.parse(form.sex()).map(Enum::name).orElse(null),
                Ethnicity.fromCode(form.ethnicity()).map(Enum::name).orElse(null), null, addresses, List.of(), List.of(),
                NhsNumber.normalise(form.nhsNumber()), null, null, LocalDate.now(clock));
        intake.prepare(viewer, List.of(person));
        PersonIntake.Outcome outcome = transaction.execute(status -> {
            PersonIntake.Outcome o = intake.accept(viewer, List.of(person)).get(0);
            audit.change(viewer, "PERSON_ADDED_BY_HAND", "person_record", o.recordId());
            return o;
        });
        if (outcome.subjectId() == null) {
            model.addAttribute("sourceId", person.sourceId());
            return "identity/person-awaiting-review";
        }
        return "redirect:/subjects/" + outcome.subjectId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
