package org.interstice.panel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.panel.Panels;
import org.interstice.pursuit.PursuitAlarmRaised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pursuit alarms reach the next panel agenda through their events. */
@IntegrationTest
class SignalsFromOtherModulesTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Panels panels;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void pursuit_alarms_put_identified_and_unidentified_suspects_on_the_next_agenda() {
        UUID suspect = UUID.randomUUID();
        UUID unidentified = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PursuitAlarmRaised(UUID.randomUUID(), UUID.randomUUID(), suspect, LocalDate.now(clock)));
            events.publishEvent(new PursuitAlarmRaised(UUID.randomUUID(), unidentified, null, LocalDate.now(clock)));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from panel_signal where subject_id = ? or heading like ?")
                .params(suspect, "Unidentified suspect P-" + unidentified.toString().substring(0, 8).toUpperCase() + "%")
                .query(Long.class).single() == 2);

        Viewer chair = users.viewerFor(DemoUsers.PANEL_CHAIR).orElseThrow();
        UUID meeting = panels.open(new Panels.NewMeeting("Signals", LocalDate.now(clock).plusDays(1), chair.userId(),
                List.of(agencies.byCode("NSP").orElseThrow().id())), chair).meetingId();

        assertThat(jdbc.sql("select section from panel_agenda_item where meeting_id = ? and subject_id = ?")
                .params(meeting, suspect).query(String.class).single()).isEqualTo("OFFENDERS");
        assertThat(jdbc.sql("select section || ': ' || heading from panel_agenda_item where meeting_id = ? and heading like 'Unidentified%'")
                .param(meeting).query(String.class).list())
                .contains("OFFENDERS: Unidentified suspect P-" + unidentified.toString().substring(0, 8).toUpperCase());
    }
}
