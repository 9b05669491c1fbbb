package org.interstice.pursuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.MadeUpNames;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.ReportRecording;
import org.interstice.pursuit.internal.AlarmSweep;
import org.interstice.pursuit.internal.Alarms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sweep reads every suspect's facts for a batch at once (one read for all the actions, one for the alarms): each
 * suspect must still be judged on his own actions, decision and open alarm, and on those of the suspects merged into him.
 */
@IntegrationTest
class AlarmSweepTest {

    @Autowired ReportRecording recording;
    @Autowired SuspectPathway pathway;
    @Autowired AlarmSweep sweep;
    @Autowired Alarms alarms;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    PursuitFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PursuitFixtures(recording, users, clock);
    }

    /** Three agencies each name a new suspect, the last report {@code lastDaysAgo} days ago. */
    private UUID namedByThreeAgencies(int lastDaysAgo) {
        return pathway.suspectFor(fx.namedByThreeAgencies(null, lastDaysAgo)).orElseThrow();
    }

    @Test
    void one_sweep_of_several_suspects_judges_each_on_his_own_actions_decision_and_alarm() {
        UUID unpursued = namedByThreeAgencies(100), disrupted = namedByThreeAgencies(100), decided = namedByThreeAgencies(100);
        assertThat(pathway.disrupt(fx.viewer(DemoUsers.POLICE_INVESTIGATOR), disrupted, DisruptionType.LICENSING_REFERRAL, null,
                fx.daysAgo(10), null, null).done()).isTrue();
        assertThat(pathway.decide(fx.viewer(DemoUsers.PANEL_CHAIR), decided, "Named person has left the country; Interpol notice in place").done()).isTrue();

        assertThat(sweep.sweep(List.of(unpursued, disrupted, decided), LocalDate.now(clock))).isEqualTo(1);

        assertThat(alarms.openFor(unpursued)).hasValueSatisfying(a -> assertThat(a.dueOn()).isEqualTo(fx.daysAgo(72)));
        assertThat(alarms.openFor(disrupted)).as("the referral 10 days ago restarted the clock").isEmpty();
        assertThat(alarms.endedFor(disrupted)).singleElement().satisfies(e -> assertThat(e.endKind()).isEqualTo("ACTION"));
        assertThat(alarms.openFor(decided)).as("the decision holds while nothing new arrives").isEmpty();
        assertThat(alarms.endedFor(decided)).singleElement().satisfies(e -> assertThat(e.endKind()).isEqualTo("DECISION"));
    }

    @Test
    void the_orders_and_breaches_of_a_suspect_merged_into_another_count_for_him() {
        var police = fx.viewer(DemoUsers.POLICE_INVESTIGATOR);
        // the same pursuit recorded on one man's own suspect, and on a suspect later merged into another man's
        UUID own = namedByThreeAgencies(100);
        UUID survivor = namedByThreeAgencies(100);
        UUID absorbed = pathway.suspectFor(fx.name("smh.dsl", 110, EntityRef.person(MadeUpNames.person(), null))
                .suspectPersonIds().get(0)).orElseThrow();
        for (UUID s : List.of(own, absorbed)) {
            UUID order = pathway.disrupt(police, s, new NewDisruption(DisruptionType.STPO, null, fx.daysAgo(60), null, null, null, null,
                    "Northbridge Crown Court", "No contact with any child under 18", null, null)).id();
            assertThat(pathway.recordBreach(police, s, order, fx.daysAgo(30), "Seen with a child at the hotel").done()).isTrue();
        }
        // pursuit merges the absorbed suspect into the survivor's when intelligence joins the two persons
        jdbc.sql("update suspect set merged_into = ? where id = ?").params(survivor, absorbed).update();

        sweep.sweep(List.of(own, survivor), LocalDate.now(clock));

        var expected = alarms.openFor(own).orElseThrow();
        var merged = alarms.openFor(survivor).orElseThrow();
        assertThat(expected.dueOn()).as("the order kept the alarm quiet until its breach").isEqualTo(fx.daysAgo(2));
        assertThat(expected.reasons()).anyMatch(r -> r.startsWith("Breach of the Slavery and Trafficking Prevention Order of " + fx.daysAgo(60)));
        assertThat(merged.dueOn()).isEqualTo(expected.dueOn());
        assertThat(merged.reasons()).isEqualTo(expected.reasons());
    }
}
