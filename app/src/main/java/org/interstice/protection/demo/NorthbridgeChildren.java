package org.interstice.protection.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoStep;
import org.interstice.protection.alarm.Alarms;
import org.interstice.protection.response.ContactKind;
import org.interstice.protection.response.LeadProfessionals;
import org.interstice.protection.response.PlanType;
import org.interstice.protection.response.Plans;
import org.interstice.protection.response.Sightings;
import org.interstice.protection.screening.Screenings;
import org.interstice.protection.screening.Screenings.Tick;
import org.interstice.protection.timeline.Timeline;
import org.interstice.protection.timeline.TimelineEvent;
import org.interstice.protection.triage.Contacts;
import org.interstice.protection.triage.Contacts.NewContact;
import org.interstice.protection.triage.Decision;
import org.interstice.protection.triage.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Step 200: Northbridge's children in every protection state, seeded through the same commands the pages use.
 * Some are protected, some wait in the MASH, and several are "known but not protected" for different reasons, so
 * that the alarm page has something true to show. History is replayed with past dates; because the replay happens
 * in one go, each alarm's start is then set to when its triggering fact was recorded.
 */
@Component("protectionNorthbridgeChildren")
class NorthbridgeChildren implements DemoStep {

    private final Users users;
    private final Contacts contacts;
    private final Screenings screenings;
    private final Plans plans;
    private final LeadProfessionals leads;
    private final Sightings sightings;
    private final Timeline timeline;
    private final Alarms alarms;
    private final JdbcClient jdbc;
    private final Clock clock;

    NorthbridgeChildren(Users users, Contacts contacts, Screenings screenings, Plans plans, LeadProfessionals leads,
                        Sightings sightings, Timeline timeline, Alarms alarms, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.contacts = contacts;
        this.screenings = screenings;
        this.plans = plans;
        this.leads = leads;
        this.sightings = sightings;
        this.timeline = timeline;
        this.alarms = alarms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    private LocalDate today;
    private Random random;
    private Viewer mash;
    private Viewer practitioner;
    private Viewer manager;
    private Viewer police;
    private Viewer nurse;
    private Viewer school;
    private Viewer outreach;

    @Override
    public void seed() {
        today = LocalDate.now(clock);
        random = new Random(200L);
        mash = viewer("mash.officer");
        practitioner = viewer("practitioner");
        manager = viewer("team.manager");
        police = viewer("police.investigator");
        nurse = viewer("ed.nurse");
        school = viewer("nba.dsl");
        outreach = viewer("outreach.worker");
        if (mash == null || practitioner == null || manager == null || police == null || nurse == null
                || school == null || outreach == null) {
            return;
        }
        UUID exploitationTeam = practitioner.teamId();
        UUID assessmentTeam = viewer("social.worker") == null ? exploitationTeam : viewer("social.worker").teamId();

        // Waiting in the MASH.
        contact(police, "Amber Lawson", 15, "6", "Found in a car with two adult men at 2am; gave a false name.", 2);
        UUID kyle = contact(school, "Kyle Dunmore", 14, "2A", "New expensive phone and trainers; missing lessons; picked up by older males.", 0);
        contacts.rate(kyle, "RED", 0, mash);

        // Known but not protected: significant risk after a strategy discussion decision, nothing in place.
        UUID jade = contact(nurse, "Jade Whitaker", 14, "3E", "Attended A&E intoxicated with an adult male who left when staff asked questions.", 12);
        decide(jade, Outcome.STRATEGY_DISCUSSION, "Possible sexual exploitation; police hold intelligence on the adult.", "N1", exploitationTeam, 11);
        screen(jade, 10, false, "V-FAMILY", "V-CARE", "M-MISSING", "M-OLDER", "M-GIFTS", "S-VEHICLES", "S-HOTELS");
        backdateAlarm(jade, 10);

        // Protected: a disclosure, a child protection plan, a lead professional, seen this week.
        UUID leah = contact(outreach, "Leah Brennan", 15, "8", "Disclosed to her outreach worker that she was taken to a hotel by adults.", 40);
        decide(leah, Outcome.STRATEGY_DISCUSSION, "Disclosure of sexual exploitation.", "N1", exploitationTeam, 40);
        screen(leah, 39, true, "V-ABUSE", "M-MISSING", "S-HOTELS");
        timeline.record(subject(leah), TimelineEvent.SECTION_47_STARTED, workingDaysAgo(27), practitioner);
        plans.start(subject(leah), PlanType.CHILD_PROTECTION, "SAB", workingDaysAgo(14), practitioner);
        timeline.record(subject(leah), TimelineEvent.CORE_GROUP_HELD, workingDaysAgo(6), practitioner);
        screen(leah, 7, true, "V-ABUSE", "M-MISSING", "S-HOTELS");
        leads.assign(subject(leah), "Priya Shah", practitioner.agencyId(), workingDaysAgo(14), practitioner);
        sightings.record(subject(leah), today.minusDays(3), ContactKind.STATUTORY_VISIT, true, true, "Seen alone at school.", practitioner);

        // Known but not protected: risk rose within 30 days; safety plan but nobody leads it.
        UUID tyler = contact(police, "Tyler Hughes", 13, "6", "Stopped with cash and two phones near a known county lines address.", 60);
        decide(tyler, Outcome.ASSESSMENT, "Possible criminal exploitation.", "N6", exploitationTeam, 59);
        screen(tyler, 58, false, "V-FAMILY", "M-MISSING");
        screen(tyler, 12, false, "V-FAMILY", "V-ISOLATION", "M-MISSING", "M-PEERS", "M-GIFTS", "M-SCHOOL", "M-PHONE");
        plans.start(subject(tyler), PlanType.EXPLOITATION_SAFETY, null, today.minusDays(11), practitioner);
        sightings.record(subject(tyler), today.minusDays(4), ContactKind.STATUTORY_VISIT, true, null, null, practitioner);
        backdateAlarm(tyler, 12);

        // Known but not protected: moderate risk, plan and lead professional, but nobody has seen her for 40 days.
        UUID chloe = contact(school, "Chloe Marsden", 16, "2A", "Persistent absence; seen getting into taxis after school.", 90);
        decide(chloe, Outcome.ASSESSMENT, "Assess exploitation risk.", "N1", exploitationTeam, 89);
        screen(chloe, 85, false, "V-DOMESTIC", "V-FAMILY", "M-SCHOOL", "M-OLDER", "M-MISSING", "M-GIFTS", "S-VEHICLES");
        plans.start(subject(chloe), PlanType.EXPLOITATION_SAFETY, null, today.minusDays(80), practitioner);
        leads.assign(subject(chloe), "Grace Achebe", outreach.agencyId(), today.minusDays(80), practitioner);
        sightings.record(subject(chloe), today.minusDays(40), ContactKind.OTHER_DIRECT_CONTACT, true, null, null, outreach);
        timeline.record(subject(chloe), TimelineEvent.ASSESSMENT_COMPLETED, today.minusDays(50), practitioner);
        backdateAlarm(chloe, 12);

        // Known but not protected: child protection plan whose first review conference is overdue.
        UUID ellie = contact(police, "Ellie Sutton", 14, "6", "Reported missing four times in a month; found at an adult's flat.", 150);
        decide(ellie, Outcome.STRATEGY_DISCUSSION, "Repeated missing episodes and an adult's address.", "N1", exploitationTeam, 150);
        screen(ellie, 149, false, "V-ABUSE", "V-CARE", "M-MISSING", "M-OLDER", "M-SUBSTANCE", "S-EXCHANGE", "S-HOTELS");
        timeline.record(subject(ellie), TimelineEvent.SECTION_47_STARTED, today.minusDays(148), practitioner);
        plans.start(subject(ellie), PlanType.CHILD_PROTECTION, "MUL", today.minusDays(130), practitioner);
        timeline.record(subject(ellie), TimelineEvent.CORE_GROUP_HELD, today.minusDays(123), practitioner);
        leads.assign(subject(ellie), "Priya Shah", practitioner.agencyId(), today.minusDays(130), practitioner);
        sightings.record(subject(ellie), today.minusDays(2), ContactKind.STATUTORY_VISIT, true, false, null, practitioner);
        backdateAlarm(ellie, 5);

        // Watched, below the top two levels: no alarm.
        UUID mason = contact(school, "Mason Clarke", 12, "2A", "Spending time with older teenagers known to police.", 30);
        decide(mason, Outcome.EARLY_HELP, "Below the threshold for social care; family agree to early help.", "N5", null, 29);
        screen(mason, 28, false, "V-FAMILY", "V-ISOLATION", "M-PEERS", "M-SCHOOL", "M-PHONE", "M-MISSING");

        // Alarm closed by a recorded decision.
        UUID ruby = contact(nurse, "Ruby Ellis", 15, "3F", "Sexual health clinic: older partner, repeat emergency contraception.", 20);
        decide(ruby, Outcome.ASSESSMENT, "Assess exploitation risk.", "N1", exploitationTeam, 19);
        screen(ruby, 18, false, "V-ABUSE", "V-FAMILY", "M-OLDER", "M-SEXUAL", "M-GIFTS", "M-MISSING", "S-EXCHANGE");
        leads.assign(subject(ruby), "Hannah Moss", nurse.agencyId(), today.minusDays(17), practitioner);
        sightings.record(subject(ruby), today.minusDays(6), ContactKind.OTHER_DIRECT_CONTACT, true, true, null, nurse);
        alarms.forChild(subject(ruby)).stream().filter(Alarms.Alarm::open).findFirst().ifPresent(alarm ->
                alarms.closeByDecision(alarm.id(), alarm.version(),
                        "Family moving to another local authority this week; transfer-in conference agreed there.", manager));

        // Outcomes the referring agency sees.
        UUID noah = contact(school, "Noah Pearson", 11, "2A", "Came to school hungry three days running.", 9);
        decide(noah, Outcome.NFA, "Father was in hospital; family support now in place. No safeguarding concern.", "N4", null, 8);
        UUID isla = contact(nurse, "Isla Grant", 9, "3B", "Mother struggling to cope after bereavement.", 7);
        decide(isla, Outcome.EARLY_HELP, "Family consent to an early help assessment.", "N4", null, 6);
        UUID ryan = contact(police, "Ryan Doyle", 16, "6", "Arrested for possession with intent to supply.", 5);
        decideOnward(ryan, "Youth justice to assess; no safeguarding threshold met today.", "NYJS", 4);

        // An assessment running well past 45 working days (on the team's overdue list), risk mild.
        UUID sophie = contact(school, "Sophie Kerr", 13, "2A", "Self-harm and a new older boyfriend.", 100);
        decide(sophie, Outcome.ASSESSMENT, "Assess emotional wellbeing and exploitation risk.", "N1", assessmentTeam, 99);
        screen(sophie, 95, false, "V-ISOLATION", "M-SELF-HARM", "M-OLDER", "M-PHONE", "M-WITHDRAWN", "V-FAMILY");

        // Known but not protected: section 47 started, initial conference overdue, no plan.
        UUID daniel = contact(police, "Daniel Fox", 14, "6", "Found in a trap house in another county.", 35);
        decide(daniel, Outcome.STRATEGY_DISCUSSION, "Criminal exploitation; child found far from home.", "N1", exploitationTeam, 35);
        screen(daniel, 34, false, "V-FAMILY", "M-MISSING", "M-PEERS", "S-COUNTY", "S-TRAFFICKED");
        timeline.record(subject(daniel), TimelineEvent.SECTION_47_STARTED, workingDaysAgo(20), practitioner);
        sightings.record(subject(daniel), today.minusDays(7), ContactKind.STATUTORY_VISIT, true, null, null, practitioner);
        backdateAlarm(daniel, 34);

        // An alarm that cleared: plan, lead professional and a visit put in place after a significant screening.
        UUID maya = contact(outreach, "Maya Thornton", 15, "8", "Seen being dropped off by different men in cars.", 33);
        decide(maya, Outcome.STRATEGY_DISCUSSION, "Possible sexual exploitation.", "N1", exploitationTeam, 33);
        screen(maya, 32, false, "V-ABUSE", "M-MISSING", "M-OLDER", "S-VEHICLES", "S-BUSINESS", "M-GIFTS");
        backdateAlarm(maya, 32);
        timeline.record(subject(maya), TimelineEvent.STRATEGY_DISCUSSION_HELD, today.minusDays(31), practitioner);
        plans.start(subject(maya), PlanType.EXPLOITATION_SAFETY, null, today.minusDays(25), practitioner);
        leads.assign(subject(maya), "Grace Achebe", outreach.agencyId(), today.minusDays(25), practitioner);
        sightings.record(subject(maya), today.minusDays(8), ContactKind.STATUTORY_VISIT, true, true, null, practitioner);
        sightings.record(subject(maya), today.minusDays(1), ContactKind.OTHER_DIRECT_CONTACT, true, null, null, outreach);
    }

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElse(null);
    }

    private UUID contact(Viewer from, String name, int age, String source, String concern, int daysAgo) {
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(300));
        ZonedDateTime received = today.minusDays(daysAgo).atTime(9 + random.nextInt(7), random.nextInt(60)).atZone(clock.getZone());
        OffsetDateTime at = received.toOffsetDateTime();
        if (at.isAfter(OffsetDateTime.now(clock))) {
            at = OffsetDateTime.now(clock).minusMinutes(5);
        }
        return contacts.receive(new NewContact(null, name, birth, source, concern, from.displayName(), at), from).id();
    }

    private void decide(UUID contactId, Outcome outcome, String reason, String need, UUID team, int daysAgo) {
        var contact = contacts.byId(contactId).orElseThrow();
        OffsetDateTime at = contact.receivedAt().plusHours(3);
        OffsetDateTime limit = OffsetDateTime.now(clock).minusDays(Math.max(daysAgo - 1, 0)).minusMinutes(1);
        if (at.isAfter(limit)) {
            at = OffsetDateTime.now(clock).minusMinutes(1);
        }
        contacts.decide(contactId, new Decision(outcome, reason, need, null), team, contact.version(), mash, at);
    }

    private void decideOnward(UUID contactId, String reason, String agencyCode, int daysAgo) {
        var contact = contacts.byId(contactId).orElseThrow();
        UUID agency = jdbc.sql("SELECT id FROM agency WHERE code = :code").param("code", agencyCode).query(UUID.class)
                .optional().orElse(null);
        if (agency == null) {
            return;
        }
        contacts.decide(contactId, new Decision(Outcome.OTHER_AGENCY, reason, "N6", agency), null, contact.version(), mash,
                contact.receivedAt().plusHours(2).isAfter(OffsetDateTime.now(clock))
                        ? OffsetDateTime.now(clock) : contact.receivedAt().plusHours(2));
    }

    private void screen(UUID contactId, int daysAgo, boolean disclosure, String... indicators) {
        List<Tick> ticks = Arrays.stream(indicators).map(code -> new Tick(code, true, false)).toList();
        screenings.record(subject(contactId), ticks, disclosure, today.minusDays(daysAgo), null, practitioner);
    }

    private UUID subject(UUID contactId) {
        return contacts.byId(contactId).orElseThrow().subjectId();
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate day = today;
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return day;
    }

    /** The replay raised the alarm just now; it was really raised when the triggering screening was made. */
    private void backdateAlarm(UUID contactId, int daysAgo) {
        jdbc.sql("UPDATE protection_alarm SET raised_at = :at WHERE subject_id = :id AND ended_at IS NULL")
                .param("at", OffsetDateTime.now(clock).minusDays(daysAgo)).param("id", subject(contactId)).update();
    }
}
