package org.interstice.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.interstice.IntegrationTest;
import org.interstice.agency.Agencies;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.Handoffs;
import org.interstice.handoff.Urgency;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.interstice.panel.internal.LocationAgenda;
import org.interstice.panel.internal.MeetingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Locations section of the agenda is drafted from intelligence, most linked first, and stays editable. */
@IntegrationTest
class LocationsOnTheAgendaTest {

    @Autowired
    Panels panels;
    @Autowired
    LocationAgenda locations;
    @Autowired
    ReportRecording recording;
    @Autowired
    Handoffs handoffs;
    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    Clock clock;

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow();
    }

    private void report(String body, String handling, List<NewReport.Mention> mentions, List<NewReport.LinkSpec> links) {
        boolean restricted = handling.equals("C");
        var outcome = recording.record(viewer(DemoUsers.POLICE_INVESTIGATOR), new NewReport(LocalDate.now(clock),
                SourceType.POLICE_OFFICER, null, null, body, null, "3x5x2", "2", "B", handling,
                restricted ? "Police investigators only" : null,
                restricted ? Set.of(agencies.byCode("NSP").orElseThrow().id()) : Set.of(),
                restricted ? Set.of(Role.POLICE_INVESTIGATOR) : Set.of(), mentions, links));
        assertThat(outcome.recorded()).as(outcome.toString()).isTrue();
    }

    private static NewReport.Mention mention(EntityRef entity, MentionRole role) {
        return new NewReport.Mention(entity, role);
    }

    @Test
    void places_linked_to_the_children_and_suspects_on_the_agenda_come_first_and_restricted_intelligence_is_left_out() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID childA = UUID.randomUUID();
        UUID childB = UUID.randomUUID();
        UUID suspect = UUID.randomUUID();
        EntityRef takeaway = EntityRef.premises("Takeaway " + tag + ", 1 High Street", "NB1 1AA", "Takeaway");
        EntityRef flat = EntityRef.address("Flat " + tag + ", 9 Mill Lane", "NB2 2BB");
        EntityRef hotel = EntityRef.premises("Hotel " + tag, "NB3 3CC", "Hotel");
        EntityRef secret = EntityRef.premises("Covert premises " + tag, "NB4 4DD", "Hotel");
        // The takeaway: both children and the suspect. The flat: one child. The hotel: named, but nobody on the agenda.
        report("Children seen at the takeaway " + tag, "P",
                List.of(mention(EntityRef.person("Child A " + tag, childA), MentionRole.CHILD_AT_RISK),
                        mention(EntityRef.person("Child B " + tag, childB), MentionRole.CHILD_AT_RISK),
                        mention(takeaway, MentionRole.OTHER)), List.of());
        report("Suspect runs the takeaway " + tag, "P", List.of(),
                List.of(new NewReport.LinkSpec(EntityRef.person("Suspect " + tag, suspect), "WORKS_AT", takeaway)));
        report("Child A stays at the flat " + tag, "P",
                List.of(mention(EntityRef.person("Child A " + tag, childA), MentionRole.CHILD_AT_RISK),
                        mention(flat, MentionRole.OTHER)), List.of());
        report("Hotel named by a caller " + tag, "P", List.of(mention(hotel, MentionRole.OTHER)), List.of());
        report("Restricted: child A at covert premises " + tag, "C",
                List.of(mention(EntityRef.person("Child A " + tag, childA), MentionRole.CHILD_AT_RISK),
                        mention(secret, MentionRole.OTHER)), List.of());

        List<AgendaSignal> gathered = List.of(
                new AgendaSignal(VoltSection.VICTIMS, childA, null, "alarm"),
                new AgendaSignal(VoltSection.VICTIMS, childB, null, "risk rose"),
                new AgendaSignal(VoltSection.OFFENDERS, suspect, null, "named but not pursued"));
        List<AgendaSignal> places = locations.signals(gathered, clock.instant().minus(Duration.ofDays(14))).stream()
                .filter(s -> s.heading().contains(tag)).toList();

        assertThat(places).extracting(AgendaSignal::heading).containsExactly(
                "Premises: Takeaway " + tag + ", 1 High Street, NB1 1AA (takeaway)",
                "Address: Flat " + tag + ", 9 Mill Lane, NB2 2BB",
                "Premises: Hotel " + tag + ", NB3 3CC (hotel)");
        assertThat(places.get(0).reason()).isEqualTo(
                "linked to 2 children and 1 suspect on this agenda; named in 2 intelligence reports since the last meeting");
        assertThat(places.get(2).reason()).isEqualTo("named in 1 intelligence report since the last meeting");
        assertThat(places).allSatisfy(s -> assertThat(s.section()).isEqualTo(VoltSection.LOCATIONS));
    }

    @Test
    void opening_a_meeting_puts_locations_on_the_agenda_which_the_chair_can_remove_and_add_to() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Viewer chair = viewer(DemoUsers.PANEL_CHAIR);
        EntityRef shopRef = EntityRef.premises("Shop " + tag, "NB5 5EE", "Off-licence");
        for (int i = 1; i <= 4; i++) {
            // An overdue red referral about each child puts the child in the Victims section.
            UUID child = UUID.randomUUID();
            handoffs.importSent(new HandoffRequest(HandoffKind.REFERRAL, Urgency.RED, child,
                    agencies.byCode("NBC-CSC").orElseThrow().id(), null, "Overdue referral " + tag, null, null, null,
                    null), viewer(DemoUsers.POLICE_INVESTIGATOR), clock.instant().minus(Duration.ofDays(2)));
            report("Child picked up outside the shop " + tag, "P",
                    List.of(mention(EntityRef.person("Child " + i + " " + tag, child), MentionRole.CHILD_AT_RISK),
                            mention(shopRef, MentionRole.OTHER)), List.of());
        }

        UUID meeting = panels.open(new Panels.NewMeeting("Locations test " + tag, LocalDate.of(2045, 1, 5),
                chair.userId(), List.of(agencies.byCode("NSP").orElseThrow().id())), chair).meetingId();

        MeetingView.Item shop = panels.agenda(meeting).stream()
                .filter(i -> i.section() == VoltSection.LOCATIONS && i.heading().contains("Shop " + tag))
                .findFirst().orElseThrow();
        assertThat(shop.source()).isEqualTo("DATA");
        assertThat(shop.detail()).contains("linked to 4 children on this agenda");

        assertThat(panels.removeItem(shop.id(), shop.version(), chair).allowed()).isTrue();
        assertThat(panels.addItem(meeting, VoltSection.LOCATIONS, "Bus station " + tag, "Raised by the school", chair)
                .allowed()).isTrue();
        assertThat(panels.agenda(meeting)).extracting(MeetingView.Item::heading)
                .doesNotContain(shop.heading()).contains("Bus station " + tag);
    }
}
