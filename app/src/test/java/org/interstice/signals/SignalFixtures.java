package org.interstice.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.interstice.MadeUpNames;
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

    private SignalFixtures() {
    }

    /**
     * A new child known to one agency (a school record), with a name no demo person and no other test child has.
     * Both names are random syllables and the birthday falls anywhere in the year before {@code dob}: fixed given
     * names with a shared family-name prefix met often enough (same given name, same birthday) that identity rightly
     * sent the second child to review, leaving the test with no subject.
     */
    static UUID child(PersonIntake intake, TransactionTemplate tx, Viewer agency, LocalDate dob) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LocalDate born = dob.minusDays(random.nextInt(360));
        IncomingPerson person = new IncomingPerson(agency.agencyId(), "test", "child-" + tag,
                List.of(new Name(NameKind.PRIMARY, MadeUpNames.word(3), MadeUpNames.word(4))), born, "F", null, null,
                List.of(), List.of(), List.of(), null, null, null, born.plusYears(5));
        intake.prepare(agency, List.of(person));
        UUID subject = tx.execute(s -> intake.accept(agency, List.of(person)).get(0).subjectId());
        if (subject == null) {
            throw new IllegalStateException("The test child " + person.names() + " went to identity's review instead of getting a subject");
        }
        return subject;
    }

    static String token(MockMvc mvc, Agencies agencies, String agencyCode) throws Exception {
        String agency = agencies.byCode(agencyCode).orElseThrow().id().toString();
        String page = mvc.perform(post("/admin/tokens").with(SignIn.as(Role.SYSTEM_ADMINISTRATOR)).with(csrf())
                        .param("agency", agency).param("name", "Signals test " + System.nanoTime()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*<code class=\"app-token\" id=\"token\">([^<]+)</code>.*", "$1");
    }
}
