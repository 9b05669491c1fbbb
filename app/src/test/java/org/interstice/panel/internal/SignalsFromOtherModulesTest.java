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
import org.interstice.protection.ProtectionAlarmRaised;
import org.interstice.protection.RiskAssessed;
import org.interstice.pursuit.PursuitAlarmRaised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pursuit and protection alarms reach the next panel agenda through their events. */
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
    @Autowired
    PanelSignals signals;

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

    @Test
    void a_protection_alarm_and_rising_risk_put_a_child_on_the_next_agenda() {
        UUID child = UUID.randomUUID();
        UUID suspect = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProtectionAlarmRaised(UUID.randomUUID(), child, null, List.of("HIGH_RISK_NO_PLAN")));
            events.publishEvent(new RiskAssessed(UUID.randomUUID(), child, LocalDate.now(clock), 3, 3, "High", true));
            events.publishEvent(new PursuitAlarmRaised(UUID.randomUUID(), UUID.randomUUID(), suspect, LocalDate.now(clock)));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from panel_signal where subject_id in (?, ?)").params(child, suspect)
                .query(Long.class).single() == 3);

        Viewer chair = users.viewerFor(DemoUsers.PANEL_CHAIR).orElseThrow();
        UUID meeting = panels.open(new Panels.NewMeeting("Signals", LocalDate.now(clock).plusDays(1), chair.userId(),
                List.of(agencies.byCode("NSP").orElseThrow().id())), chair).meetingId();

        assertThat(jdbc.sql("select section || ': ' || detail from panel_agenda_item where meeting_id = ? and subject_id = ?")
                .params(meeting, child).query(String.class).single())
                .startsWith("VICTIMS: ")
                .contains("known but not protected alarm (high risk no plan)")
                .contains("exploitation risk rose to high");
        assertThat(jdbc.sql("select section from panel_agenda_item where meeting_id = ? and subject_id = ?")
                .params(meeting, suspect).query(String.class).single()).isEqualTo("OFFENDERS");
    }

    @Test
    void trends_count_the_children_and_suspects_other_modules_raised_since_the_last_meeting() {
        List<UUID> children = List.of(UUID.randomUUID(), UUID.randomUUID());
        transactions.executeWithoutResult(status -> children.forEach(child -> events.publishEvent(
                new ProtectionAlarmRaised(UUID.randomUUID(), child, null, List.of("NO_ACTIVE_PLAN")))));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from panel_signal where subject_id in (?, ?)").params(children.get(0), children.get(1))
                .query(Long.class).single() == 2);
        PanelSignals.Counts now = signals.between(clock.instant().minus(Duration.ofDays(1)), clock.instant().plusSeconds(1));
        assertThat(now.childrenAlarmed()).isGreaterThanOrEqualTo(2);

        // A meeting long ago with none before it looks back four weeks from now.
        Viewer chair = users.viewerFor(DemoUsers.PANEL_CHAIR).orElseThrow();
        UUID meeting = panels.open(new Panels.NewMeeting("Trends", LocalDate.of(2001, 1, 1), chair.userId(),
                List.of(agencies.byCode("NSP").orElseThrow().id())), chair).meetingId();
        String trend = jdbc.sql("select detail from panel_agenda_item where meeting_id = ? and section = 'TRENDS' and heading = ?")
                .params(meeting, "Children given a known but not protected alarm").query(String.class).single();
        assertThat(trend).matches("Children given a known but not protected alarm: \\d+, (up from|no change|down from).*");
        assertThat(Long.parseLong(trend.replaceAll("^[^:]+: (\\d+),.*$", "$1"))).isGreaterThanOrEqualTo(2);
    }
}
