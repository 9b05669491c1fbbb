package org.interstice.pursuit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.interstice.IntegrationTest;
import org.interstice.MadeUpNames;
import org.interstice.SignIn;
import org.interstice.agency.Role;
import org.interstice.TestClock;
import org.interstice.agency.Users;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.ReportRecording;
import org.interstice.pursuit.PursuitFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The men a report names as suspects are queued with the report and registered by pursuit's worker (ADR 0082): what
 * a report named reaches the pathway even though pursuit no longer handles each report on its own, a report that is
 * not recorded queues nothing, and a name waiting to be retried is registered once its time comes.
 */
@IntegrationTest
class RegistrationQueueTest {

    @Autowired ReportRecording recording;
    @Autowired RegistrationQueue queue;
    @Autowired SuspectRegistration registration;
    @Autowired org.interstice.intelligence.internal.resolution.PersonJoins joins;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    PursuitFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PursuitFixtures(recording, users, clock);
    }

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
    }

    @Test
    void the_men_named_in_reports_become_suspects_each_once_on_his_earliest_naming() {
        var first = fx.name("outreach.worker", 30, EntityRef.person(MadeUpNames.person(), null));
        UUID man = first.suspectPersonIds().get(0);
        var second = fx.name("nba.dsl", 45, EntityRef.existing(man));
        var third = fx.name("ed.nurse", 10, EntityRef.existing(man));

        await().atMost(Duration.ofSeconds(30)).until(() -> queued(first, second, third) == 0);
        assertThat(jdbc.sql("select named_on from suspect where person_entity_id = ?").param(man).query(LocalDate.class).list())
                .as("one suspect, named on the earliest report (45 days ago)").containsExactly(fx.daysAgo(45));
    }

    @Test
    void a_report_that_is_not_recorded_queues_nobody() {
        String name = MadeUpNames.person();
        ReportRecording.Outcome[] rolledBack = new ReportRecording.Outcome[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = fx.name("outreach.worker", 5, EntityRef.person(name, null));
            assertThat(queued(rolledBack[0])).as("queued in the report's own transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        UUID person = rolledBack[0].suspectPersonIds().get(0);
        queue.drain();
        assertThat(queued(rolledBack[0])).isZero();
        assertThat(jdbc.sql("select count(*) from suspect where person_entity_id = ?").param(person).query(Long.class).single()).isZero();
    }

    @Test
    void a_name_waiting_to_be_retried_is_registered_once_its_time_has_come_and_the_alarm_list_says_so_meanwhile() throws Exception {
        ReportRecording.Outcome[] named = new ReportRecording.Outcome[1];
        // as if registering him had failed once: the row is kept, not to be tried again for a minute
        transactions.executeWithoutResult(status -> {
            named[0] = fx.name("outreach.worker", 5, EntityRef.person(MadeUpNames.person(), null));
            jdbc.sql("update pursuit_registration_queue set attempts = 1, not_before = ?, last_error = 'DeadlockLoserDataAccessException' where report_id = ?")
                    .params(java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(1))), named[0].reportId()).update();
        });
        UUID man = named[0].suspectPersonIds().get(0);

        queue.drain();
        assertThat(queued(named[0])).as("not due yet").isEqualTo(1);
        assertThat(suspects(man)).isZero();
        // the alarm list says that a named man is missing from the pathway, so nobody takes it as complete
        mvc.perform(get("/pursuit/alarms").with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 suspect named in intelligence reports could not yet be added")));
        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.partnershipToken()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suspectsNotYetRegistered").value(1));

        ((TestClock) clock).advance(Duration.ofMinutes(2));
        queue.drain();
        assertThat(queued(named[0])).isZero();
        assertThat(suspects(man)).isEqualTo(1);
        mvc.perform(get("/pursuit/alarms").with(SignIn.as(Role.PARTNERSHIP_LEAD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("could not yet be added"))));
        mvc.perform(get("/api/v1/pursuit/alarms").with(SignIn.partnershipToken()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suspectsNotYetRegistered").value(0));
    }

    @Test
    void a_join_committed_while_the_worker_registers_the_man_it_absorbs_still_merges_his_suspect() throws Exception {
        UUID survivor = fx.name("outreach.worker", 30, EntityRef.person(MadeUpNames.person(), null)).suspectPersonIds().get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> suspects(survivor) == 1);
        // a second man named, whose registration is under way (in another transaction, not yet committed) when an
        // analyst joins him to the first
        UUID[] absorbed = new UUID[1];
        transactions.executeWithoutResult(status -> {
            var o = fx.name("nba.dsl", 20, EntityRef.person(MadeUpNames.person(), null));
            absorbed[0] = o.suspectPersonIds().get(0);
            jdbc.sql("delete from pursuit_registration_queue where report_id = ?").param(o.reportId()).update();
        });
        java.util.concurrent.CountDownLatch registered = new java.util.concurrent.CountDownLatch(1), commit = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> transactions.executeWithoutResult(status -> {
            registration.register(List.of(absorbed[0]));
            registered.countDown();
            try {
                commit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        worker.start();
        registered.await();
        var join = joins.join(users.viewerFor("intelligence.analyst").orElseThrow(), survivor, absorbed[0], "The same phone and the same car");
        assertThat(join.done()).isTrue();
        // pursuit's following of the join has either run already or is waiting for the registration to commit
        await().atMost(Duration.ofSeconds(30)).until(() -> followed(join.id()) || waitingForPersons());
        commit.countDown();
        worker.join();

        UUID current = jdbc.sql("select coalesce(joined_into, id) from pole_entity where id = ?").param(absorbed[0]).query(UUID.class).single();
        UUID gone = current.equals(survivor) ? absorbed[0] : survivor;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from suspect where person_entity_id = ? and merged_into is null").param(gone)
                    .query(Long.class).single()).as("no suspect left apart for the man joined into another").isZero();
            assertThat(jdbc.sql("select count(*) from suspect where person_entity_id = ? and merged_into is null").param(current)
                    .query(Long.class).single()).isEqualTo(1);
        });
    }

    private boolean followed(UUID joinId) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id like '%PersonJoinFollowing%'
                          and serialized_event like '%' || ? || '%' and completion_date is not null""")
                .param(joinId.toString()).query(Long.class).single() > 0;
    }

    private boolean waitingForPersons() {
        return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted").query(Long.class).single() > 0;
    }

    private long suspects(UUID person) {
        return jdbc.sql("select count(*) from suspect where person_entity_id = ?").param(person).query(Long.class).single();
    }

    private long queued(ReportRecording.Outcome... reports) {
        return jdbc.sql("select count(*) from pursuit_registration_queue where report_id = any(?)")
                .param(List.of(reports).stream().map(ReportRecording.Outcome::reportId).toArray(UUID[]::new)).query(Long.class).single();
    }
}
