package org.interstice.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.SignIn;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.IncomingPerson.Name;
import org.interstice.identity.IncomingPerson.NameKind;
import org.interstice.identity.PersonIntake;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Children in the single view and agency tokens for signal tests. */
final class SignalFixtures {

    private static final String[] GIVEN = {"Zephyrine", "Quillon", "Marisol", "Thaddeus", "Oriel", "Bexley", "Calloway", "Ysolde"};

    private SignalFixtures() {
    }

    /** A new child known to one agency (a school record), with a name no demo person has. */
    static UUID child(PersonIntake intake, TransactionTemplate tx, Viewer agency, LocalDate dob) {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String given = GIVEN[Math.floorMod(tag.hashCode(), GIVEN.length)];
        // a date of birth of its own within the year, so that no earlier test child (same given name, same birthday)
        // is close enough to send this one to identity's review instead of giving it a subject
        LocalDate born = dob.minusDays(Math.floorMod(tag.hashCode() / 7, 360));
        IncomingPerson person = new IncomingPerson(agency.agencyId(), "test", "child-" + tag,
                List.of(new Name(NameKind.PRIMARY, given, "Qx" + tag)), born, "F", null, null, List.of(), List.of(),
                List.of(), null, null, null, born.plusYears(5));
        intake.prepare(agency, List.of(person));
        return tx.execute(s -> intake.accept(agency, List.of(person)).get(0).subjectId());
    }

    static String token(MockMvc mvc, Agencies agencies, String agencyCode) throws Exception {
        String agency = agencies.byCode(agencyCode).orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Signals test " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }
}
