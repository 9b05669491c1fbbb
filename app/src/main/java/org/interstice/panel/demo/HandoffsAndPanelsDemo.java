package org.interstice.panel.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoStep;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.Consent;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.HandoffRequest;
import org.interstice.handoff.Handoffs;
import org.interstice.handoff.InformationShared;
import org.interstice.handoff.LawfulBasis;
import org.interstice.handoff.Sent;
import org.interstice.handoff.Urgency;
import org.interstice.identity.SubjectSummary;
import org.interstice.identity.Subjects;
import org.interstice.panel.Panels;
import org.interstice.panel.VoltSection;
import org.interstice.panel.internal.MeetingView;
import org.springframework.stereotype.Component;

/**
 * Step 400: Northbridge's hand-offs between agencies in every state (one red referral already past its
 * acknowledgement deadline, a decline waiting for the sender's next step, a request for information past its
 * completion date) and two exploitation panel meetings, the later one opening with the earlier one's actions.
 * It lives in the panel module (not in {@code org.interstice.demo}) so that the demo module depends on no case module.
 */
@Component
class HandoffsAndPanelsDemo implements DemoStep {

    private final Handoffs handoffs;
    private final Panels panels;
    private final Users users;
    private final Agencies agencies;
    private final Subjects subjects;
    private final Clock clock;
    private Viewer finder;

    HandoffsAndPanelsDemo(Handoffs handoffs, Panels panels, Users users, Agencies agencies, Subjects subjects,
            Clock clock) {
        this.handoffs = handoffs;
        this.panels = panels;
        this.users = users;
        this.agencies = agencies;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed() {
        Instant now = clock.instant();
        Viewer police = viewer(DemoUsers.POLICE_INVESTIGATOR);
        Viewer practitioner = viewer(DemoUsers.PRACTITIONER);
        Viewer mash = viewer(DemoUsers.MASH_OFFICER);
        finder = mash;
        Viewer school = viewer("nba.dsl");
        Viewer nhs = viewer("nhs.safeguarding");
        Viewer yjs = viewer("yjs.worker");
        Viewer outreach = viewer("outreach.worker");

        // 1. A red referral from the police, sent three hours ago and not yet acknowledged: overdue.
        send("Amber Lawson", police, HandoffKind.REFERRAL, Urgency.RED, "NBC-CSC",
                "Girl aged 14 found at 2am in a car with two adult men on Station Road; third missing episode this month. "
                        + "Please screen for exploitation and convene a strategy discussion.",
                now.minus(Duration.ofHours(3)),
                new InformationShared("Missing episode reports, vehicle registration, names given by the child",
                        "To let children's social care assess risk of sexual exploitation",
                        LawfulBasis.DPA2018_SCH1_SAFEGUARDING, Consent.NOT_SOUGHT_CHILD_AT_RISK));

        // 2. A request for information to health, accepted and under way.
        UUID rfi = send("Jade Whitaker", practitioner, HandoffKind.REQUEST_FOR_INFORMATION, Urgency.AMBER, "NBH",
                "Please share sexual health and emergency department attendances for the last six months.",
                now.minus(Duration.ofHours(20)),
                new InformationShared("Name, date of birth and address of the child; reason for concern",
                        "To identify the child's health records and any attendances linked to exploitation",
                        LawfulBasis.UKGDPR_6_1_E_PUBLIC_TASK, Consent.NOT_SOUGHT_WOULD_INCREASE_RISK));
        handoffs.acknowledge(rfi, nhs);
        handoffs.accept(rfi, null, nhs);

        // 3. A school's referral declined by the MASH: back with the school for a next step.
        UUID declined = send("Kyle Dunmore", school, HandoffKind.REFERRAL, Urgency.AMBER, "NBC-CSC",
                "Year 9 pupil's attendance has fallen to 60%; seen being collected by older youths in a car.",
                now.minus(Duration.ofDays(2)), null);
        handoffs.decline(declined, "Already open to the Early Help team; please refer to the allocated Early Help worker.", mash);

        // 4. An action for the police, accepted.
        UUID warning = send("Ellie Sutton", practitioner, HandoffKind.ACTION, Urgency.GREEN, "NSP",
                "Consider serving a child abduction warning notice on the adult male who collects the child from school.",
                now.minus(Duration.ofDays(1)), null);
        handoffs.accept(warning, null, police);

        // 5. A request to licensing sent weeks ago and never answered: past both deadlines.
        send("Chloe Marsden", police, HandoffKind.REQUEST_FOR_INFORMATION, Urgency.GREEN, "NBC-LIC",
                "Please provide the driver records for the private hire firm operating vehicles seen outside the children's home.",
                now.minus(Duration.ofDays(21)), null);

        // 6. A referral to the exploitation support service, completed.
        UUID support = send("Ryan Doyle", yjs, HandoffKind.REFERRAL, Urgency.AMBER, "SAFE",
                "Please offer a specialist exploitation support worker to a 15-year-old boy on a referral order.",
                now.minus(Duration.ofDays(6)), null);
        handoffs.accept(support, null, outreach);
        handoffs.complete(support, "Support worker allocated; first meeting held at school.", outreach);

        panels();
    }

    private void panels() {
        Viewer chair = viewer(DemoUsers.PANEL_CHAIR);
        List<UUID> attending = List.of("NBC-CSC", "NSP", "NBH", "NBC-EDU", "NYJS", "SAFE", "NBC-LIC").stream()
                .map(code -> agencies.byCode(code).orElseThrow().id()).toList();
        LocalDate today = LocalDate.now(clock);
        Panels.Opened last = panels.open(new Panels.NewMeeting("Northbridge MACE panel", today.minusDays(14),
                chair.userId(), attending), chair);
        UUID lastMeeting = last.meetingId();
        // The Locations section comes from intelligence; the panel agrees a visit to the taxi office it lists.
        UUID taxiOffice = panels.agenda(lastMeeting).stream()
                .filter(i -> i.section() == VoltSection.LOCATIONS && i.heading().contains("Star Cars"))
                .map(MeetingView.Item::id).findFirst().orElse(null);
        panels.decide(lastMeeting, taxiOffice, "Joint licensing and police visit to the Star Cars taxi office on Station Road.",
                agencies.byCode("NSP").orElseThrow().id(), null, today.plusDays(3), Urgency.AMBER, chair);
        panels.decide(lastMeeting, null, "Deliver exploitation awareness sessions to Year 9 at Northbridge Academy.",
                agencies.byCode("NBC-EDU").orElseThrow().id(), null, today.plusDays(21), Urgency.GREEN, chair);
        panels.open(new Panels.NewMeeting("Northbridge MACE panel", today.plusDays(14), chair.userId(), attending), chair);
    }

    /** The demo child of that name, when the identity and protection demo steps have created one. */
    private UUID subject(String name) {
        return subjects.search(finder, name, null, 1).stream().findFirst().map(SubjectSummary::id).orElse(null);
    }

    private UUID send(String about, Viewer from, HandoffKind kind, Urgency urgency, String toAgency, String summary, Instant sentAt,
            InformationShared share) {
        Sent sent = handoffs.importSent(new HandoffRequest(kind, urgency, subject(about),
                agencies.byCode(toAgency).orElseThrow().id(), null, summary, null, null, null, share), from, sentAt);
        if (sent.refused()) {
            throw new IllegalStateException("Demo hand-off refused: " + sent.refusal());
        }
        return sent.handoffId();
    }

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow(() -> new IllegalStateException("Demo user missing: " + username));
    }
}
