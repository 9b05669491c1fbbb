package org.interstice.pursuit.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoStep;
import org.interstice.demo.DemoUsers;
import org.interstice.intelligence.EntityRef;
import org.interstice.intelligence.MentionRole;
import org.interstice.intelligence.NewReport;
import org.interstice.intelligence.ReportRecording;
import org.interstice.intelligence.SourceType;
import org.interstice.protection.ChildrenAtRiskQuery;
import org.interstice.pursuit.CawnType;
import org.interstice.pursuit.DisruptionType;
import org.interstice.pursuit.NewDisruption;
import org.interstice.pursuit.internal.Suspects;
import org.interstice.pursuit.Ethnicity;
import org.interstice.pursuit.Nationality;
import org.interstice.pursuit.Outcome;
import org.interstice.pursuit.OutcomeGroup;
import org.interstice.pursuit.Stage;
import org.interstice.pursuit.SuspectPathway;
import org.springframework.stereotype.Component;

/**
 * Step 300: Northbridge's suspect networks. Two groups are tied together by private hire cars, a taxi office, a
 * takeaway and a hotel. Some suspects are named again and again by children, parents, schools, health and outreach
 * workers and never pursued; others show every stage of the justice pathway and every kind of disruption.
 * The children named are protection's Northbridge children (step 200), found by name in protection, so whether they
 * count as "at risk" for the alarm is protection's own current assessment. Kept in pursuit (not in the demo module)
 * so that pursuit may ask protection about children without a cycle through the demo module.
 */
@Component
class NorthbridgeSuspects implements DemoStep {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NorthbridgeSuspects.class);

    private final ReportRecording recording;
    private final SuspectPathway pathway;
    private final Users users;
    private final Agencies agencies;
    private final Clock clock;
    private final ChildrenAtRiskQuery protection;
    private final Suspects suspects;
    private final Map<String, UUID> people = new HashMap<>();
    private LocalDate today;

    NorthbridgeSuspects(ReportRecording recording, SuspectPathway pathway, Users users, Agencies agencies, Clock clock,
                        ChildrenAtRiskQuery protection, Suspects suspects) {
        this.suspects = suspects;
        this.protection = protection;
        this.recording = recording;
        this.pathway = pathway;
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    // places and things that tie the networks together
    static final EntityRef STAR_CARS = EntityRef.premises("Northbridge Star Cars taxi office, 3 Station Road", "NB1 3SR", "Taxi office");
    static final EntityRef KEBAB = EntityRef.premises("Kebab Express, 14 Market Street", "NB1 4KX", "Takeaway");
    static final EntityRef HOTEL = EntityRef.premises("Riverside Lodge Hotel", "NB3 7RL", "Hotel");
    static final EntityRef FLAT = EntityRef.address("Flat 3, 22 Canal Street", "NB2 5CS");
    static final EntityRef OCTAVIA = EntityRef.vehicle("NB19 KTX", "silver Skoda Octavia, private hire plates");
    static final EntityRef PRIUS = EntityRef.vehicle("NB67 LMW", "black Toyota Prius, private hire plates");
    static final EntityRef GOLF = EntityRef.vehicle("YX21 BDE", "white VW Golf");
    static final EntityRef LICENCE_423 = EntityRef.licence("PH-0423", "Northbridge Council");
    static final EntityRef LICENCE_518 = EntityRef.licence("PH-0518", "Northbridge Council");
    static final EntityRef PHONE_1 = EntityRef.phone("07700 900101");
    static final EntityRef PHONE_2 = EntityRef.phone("07700 900202");
    static final EntityRef PHONE_3 = EntityRef.phone("07700 900303");
    static final EntityRef SNAP = EntityRef.account("@dm_nb1", "Snapchat");

    @Override
    public void seed() {
        today = LocalDate.now(clock);
        Viewer outreach = viewer("outreach.worker"), social = viewer(DemoUsers.PRACTITIONER), school = viewer("nba.dsl");
        Viewer nurse = viewer("ed.nurse"), police = viewer(DemoUsers.POLICE_INVESTIGATOR), analyst = viewer(DemoUsers.INTELLIGENCE_ANALYST);
        Viewer licensing = viewer("licensing.officer"), smh = viewer("smh.dsl"), yjs = viewer("yjs.worker");

        // Group 1: Station Road. Daniel Marsh drives for Star Cars and is named by four independent sources over
        // nine months: the classic "named but not pursued".
        report(outreach, 270, SourceType.CHILD_ACCOUNT, "Ellie told her outreach worker that a taxi driver called Danny picks her and a friend up from school in a silver Octavia and takes them to a flat.",
                "3x5x2", "2", "B", "P", List.of(suspect("Daniel Marsh"), child("Ellie S (14)")),
                List.of(link("Daniel Marsh", "DRIVES", OCTAVIA), link("Daniel Marsh", "WORKS_AT", STAR_CARS), link("Daniel Marsh", "TAKES_CHILDREN_TO", FLAT)));
        report(social, 210, SourceType.PARENT_OR_CARER_ACCOUNT, "Ellie's mother says Danny from Star Cars texts Ellie from 07700 900101 late at night and gives her vapes.",
                "3x5x2", "2", "C", "P", List.of(suspect("Daniel Marsh"), child("Ellie S (14)")),
                List.of(link("Daniel Marsh", "USES_PHONE", PHONE_1), link("Daniel Marsh", "HOLDS_LICENCE", LICENCE_423)));
        report(school, 150, SourceType.PRACTITIONER_OBSERVATION, "Chloe and another girl seen getting into private hire car NB19 KTX at the school gate; the driver matched the description of Danny.",
                "3x5x2", "1", "A", "P", List.of(suspect("Daniel Marsh"), child("Chloe M (16)")),
                List.of(link("Daniel Marsh", "DRIVES", OCTAVIA)));
        report(nurse, 95, SourceType.CHILD_ACCOUNT, "Jade attended the emergency department intoxicated; said 'Danny' and his friend Kyle took her to the Kebab Express flat upstairs.",
                "3x5x2", "2", "B", "P", List.of(suspect("Daniel Marsh"), suspect("Kyle Benton"), child("Jade W (14)")),
                List.of(link("Daniel Marsh", "FREQUENTS", KEBAB), link("Kyle Benton", "FREQUENTS", KEBAB)));
        report(outreach, 60, SourceType.CHILD_ACCOUNT, "Ellie says Danny now messages her on Snapchat as dm_nb1.",
                "3x5x2", "2", "B", "P", List.of(suspect("Daniel Marsh"), child("Ellie S (14)")),
                List.of(link("Daniel Marsh", "USES_ACCOUNT", SNAP)));

        // Kyle Benton drives the same car on the night shift; named by three sources, the last five weeks ago.
        report(smh, 80, SourceType.PRACTITIONER_OBSERVATION, "A pupil was collected from school by a man named Kyle in NB19 KTX.",
                "3x5x2", "1", "B", "P", List.of(suspect("Kyle Benton"), child("Jade W (14)")),
                List.of(link("Kyle Benton", "DRIVES", OCTAVIA)));
        report(yjs, 35, SourceType.CHILD_ACCOUNT, "A young person on a referral order says Kyle Benton pays boys to bring girls to the Kebab Express.",
                "3x5x2", "2", "C", "P", List.of(suspect("Kyle Benton")),
                List.of(link("Kyle Benton", "USES_PHONE", PHONE_2), link("Kyle Benton", "FREQUENTS", KEBAB)));

        // Lee Crawford runs the takeaway: named three times and now under investigation (being pursued).
        report(social, 200, SourceType.PARENT_OR_CARER_ACCOUNT, "A father reports his daughter is given free food and alcohol at the Kebab Express by the owner, Lee.",
                "3x5x2", "2", "B", "P", List.of(suspect("Lee Crawford"), child("Jade W (14)")), List.of(link("Lee Crawford", "RUNS", KEBAB)));
        report(police, 120, SourceType.POLICE_OFFICER, "Patrol stop: Lee Crawford with two girls under 16 in YX21 BDE at 01:30.",
                "3x5x2", "1", "A", "P", List.of(suspect("Lee Crawford"), child("Jade W (14)")), List.of(link("Lee Crawford", "DRIVES", GOLF)));
        report(school, 110, SourceType.PRACTITIONER_OBSERVATION, "Jade says Lee from the takeaway is her 'boyfriend'.",
                "3x5x2", "2", "B", "P", List.of(suspect("Lee Crawford"), child("Jade W (14)")), List.of(link("Lee Crawford", "CONTACT_WITH_CHILD", person("Jade W (14)"))));
        // Marek Nowak shares Daniel's phone: named once, but with three children, two of whom protection assesses as
        // at risk (Mason's risk is below the top levels), so the alarm is raised for the children alone.
        report(outreach, 100, SourceType.CHILD_ACCOUNT, "Ellie, Maya and Mason say the 07700 900101 number is used by 'Marek' too, who drives for Star Cars.",
                "3x5x2", "3", "C", "P", List.of(suspect("Marek Nowak"), child("Ellie S (14)"), child("Maya T (15)"), child("Mason C (12)")), List.of(link("Marek Nowak", "USES_PHONE", PHONE_1), link("Marek Nowak", "WORKS_AT", STAR_CARS)));

        // Arif Khan: second Star Cars driver; a licensing referral 40 days ago restarted the clock, then nothing.
        report(licensing, 120, SourceType.PARTNER_AGENCY_RECORD, "Complaint to licensing: driver of NB67 LMW (licence PH-0518) offered free rides to school girls.",
                "3x5x2", "1", "B", "P", List.of(suspect("Arif Khan")), List.of(link("Arif Khan", "DRIVES", PRIUS), link("Arif Khan", "HOLDS_LICENCE", LICENCE_518), link("Arif Khan", "WORKS_AT", STAR_CARS)));
        report(social, 100, SourceType.CHILD_ACCOUNT, "Chloe says the driver of the black Prius, Arif, gives girls lifts to the Riverside Lodge.",
                "3x5x2", "2", "B", "P", List.of(suspect("Arif Khan"), child("Chloe M (16)")), List.of(link("Arif Khan", "DRIVES", PRIUS), link("Arif Khan", "FREQUENTS", HOTEL)));
        report(nurse, 90, SourceType.PRACTITIONER_OBSERVATION, "Sexual health clinic: a 15-year-old was dropped off by a private hire driver she called Arif.",
                "3x5x2", "2", "C", "P", List.of(suspect("Arif Khan"), child("Jade W (14)")), List.of());

        // Group 2: the hotel and the Canal Street flat.
        report(police, 700, SourceType.POLICE_OFFICER, "Hotel staff report adults booking rooms for girls; Jamie Pollard paid in cash.",
                "3x5x2", "1", "A", "P", List.of(suspect("Jamie Pollard"), suspect("Paul Rennie")), List.of(link("Jamie Pollard", "BOOKS_ROOMS_AT", HOTEL), link("Paul Rennie", "BOOKS_ROOMS_AT", HOTEL)));
        report(social, 640, SourceType.CHILD_ACCOUNT, "A girl in care describes parties at Flat 3, 22 Canal Street hosted by Paul and Ryan.",
                "3x5x2", "2", "B", "P", List.of(suspect("Paul Rennie"), suspect("Ryan Mercer"), child("Leah B (15)")),
                List.of(link("Paul Rennie", "LIVES_AT", FLAT), link("Ryan Mercer", "FREQUENTS", FLAT), link("Ryan Mercer", "USES_PHONE", PHONE_3)));
        report(police, 560, SourceType.POLICE_OFFICER, "Craig Whitfield found at the Riverside Lodge with a 14-year-old reported missing.",
                "3x5x2", "1", "A", "P", List.of(suspect("Craig Whitfield"), child("Leah B (15)")), List.of(link("Craig Whitfield", "FREQUENTS", HOTEL)));
        report(school, 520, SourceType.PRACTITIONER_OBSERVATION, "Shaun Doyle seen waiting outside the school gates in YX21 BDE on several afternoons.",
                "3x5x2", "1", "B", "P", List.of(suspect("Shaun Doyle"), child("Leah B (15)")), List.of(link("Shaun Doyle", "DRIVES", GOLF)));
        report(outreach, 480, SourceType.CHILD_ACCOUNT, "Sohail Ahmed supplies cannabis to girls at the Canal Street flat.",
                "3x5x2", "2", "B", "P", List.of(suspect("Sohail Ahmed"), child("Leah B (15)")), List.of(link("Sohail Ahmed", "FREQUENTS", FLAT)));
        report(nurse, 420, SourceType.PRACTITIONER_OBSERVATION, "Gary Lyons named by a patient as the man who took her to the hotel.",
                "3x5x2", "2", "C", "P", List.of(suspect("Gary Lyons"), child("Leah B (15)")), List.of(link("Gary Lyons", "FREQUENTS", HOTEL)));
        report(smh, 400, SourceType.PARENT_OR_CARER_ACCOUNT, "Mother reports Gary Lyons contacting her daughter.", "3x5x2", "2", "C", "P",
                List.of(suspect("Gary Lyons"), child("Maya T (15)")), List.of());
        // A restricted report: released only to the police and the outreach charity, with a sanitised summary for others.
        report(police, 300, SourceType.ANONYMOUS, "Covert source: Craig Whitfield and Sohail Ahmed move girls between the hotel and the flat using the Golf.",
                "3x5x2", "2", "B", "C", List.of(suspect("Craig Whitfield"), suspect("Sohail Ahmed")),
                List.of(link("Craig Whitfield", "ASSOCIATES_WITH", person("Sohail Ahmed")), link("Sohail Ahmed", "DRIVES", GOLF)),
                "Share only with police investigators and Safe Passage; protect the source.", Set.of(code("NSP"), code("SAFE")),
                "Intelligence links two suspects already known and a vehicle; source details withheld.");
        // A legacy report graded 5x5x5, kept as such.
        report(police, 3300, SourceType.PARTNER_AGENCY_RECORD, "2017 intelligence log: Jamie Pollard known to frequent the hotel with teenage girls.",
                "5x5x5", "B", "2", "3", List.of(suspect("Jamie Pollard")), List.of(link("Jamie Pollard", "FREQUENTS", HOTEL)));
        // Craig is named again after his case was closed.
        report(yjs, 45, SourceType.CHILD_ACCOUNT, "A boy says Craig Whitfield is back at the Riverside Lodge with girls.", "3x5x2", "2", "B", "P",
                List.of(suspect("Craig Whitfield")), List.of(link("Craig Whitfield", "FREQUENTS", HOTEL)));
        report(outreach, 40, SourceType.CHILD_ACCOUNT, "Leah says Craig contacted her again from a new number.", "3x5x2", "2", "B", "P",
                List.of(suspect("Craig Whitfield"), child("Leah B (15)")), List.of());

        UUID lead = users.byUsername(DemoUsers.POLICE_INVESTIGATOR).orElseThrow().id();
        // Lee Crawford: identified and under investigation, which is recording its actions.
        walk(police, "Lee Crawford", lead, Ethnicity.WBRI, "GB", new Object[]{Stage.IDENTIFIED, 100}, new Object[]{Stage.INVESTIGATION, 20});
        check(pathway.recordInvestigationAction(police, suspectId("Lee Crawford"), today.minusDays(6), "CCTV from the Kebab Express seized"));
        // Jamie Pollard: the whole way to conviction, with an SHPO on sentence.
        walk(police, "Jamie Pollard", lead, Ethnicity.WBRI, "GB", new Object[]{Stage.IDENTIFIED, 690}, new Object[]{Stage.INVESTIGATION, 680},
                new Object[]{Stage.ARREST_OR_INTERVIEW, 650}, new Object[]{Stage.FILE_TO_CPS, 560}, new Object[]{Stage.CHARGED, 470},
                new Object[]{Stage.PROSECUTION, 460}, new Object[]{Outcome.CONVICTION, 120});
        disrupt(police, "Jamie Pollard", DisruptionType.SHPO, null, 120, 120 - 365 * 10);
        // Paul Rennie: charged and awaiting trial.
        walk(police, "Paul Rennie", lead, Ethnicity.MWBC, "GB", new Object[]{Stage.IDENTIFIED, 630}, new Object[]{Stage.INVESTIGATION, 620},
                new Object[]{Stage.ARREST_OR_INTERVIEW, 600}, new Object[]{Stage.FILE_TO_CPS, 500}, new Object[]{Stage.CHARGED, 200});
        // Ryan Mercer: file with the CPS for months.
        walk(police, "Ryan Mercer", lead, Ethnicity.NOBT, "NOBT", new Object[]{Stage.IDENTIFIED, 630}, new Object[]{Stage.INVESTIGATION, 600},
                new Object[]{Stage.ARREST_OR_INTERVIEW, 560}, new Object[]{Stage.FILE_TO_CPS, 300});
        // Sohail Ahmed: interviewed, no further action for evidential difficulties.
        walk(police, "Sohail Ahmed", lead, Ethnicity.APKN, "GB", new Object[]{Stage.IDENTIFIED, 470}, new Object[]{Stage.INVESTIGATION, 460},
                new Object[]{Stage.ARREST_OR_INTERVIEW, 400}, new Object[]{OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS, 250});
        // Craig Whitfield: no further action because the victim did not support it; now named again.
        walk(police, "Craig Whitfield", lead, Ethnicity.REFU, "REFU", new Object[]{Stage.IDENTIFIED, 550}, new Object[]{Stage.INVESTIGATION, 540},
                new Object[]{Stage.ARREST_OR_INTERVIEW, 500}, new Object[]{OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT, 420});
        // Shaun Doyle: a Child Abduction Warning Notice in force, protecting Leah.
        walk(police, "Shaun Doyle", lead, Ethnicity.WIRI, "IE", new Object[]{Stage.IDENTIFIED, 500});
        UUID leah = childSubject("Leah B (15)");
        if (leah != null)
            check(pathway.disrupt(police, suspectId("Shaun Doyle"), new NewDisruption(DisruptionType.CAWN, null, today.minusDays(20),
                    today.plusDays(160), null, leah, CawnType.UNDER_16, null, null, null, null)));
        // Arif Khan: licensing referral 40 days ago; his licence suspended 10 days ago, which (a second disruption)
        // does not restart the clock.
        walk(police, "Arif Khan", null, Ethnicity.NOBT, "NOBT");
        disrupt(police, "Arif Khan", DisruptionType.LICENSING_REFERRAL, null, 40, null);
        check(pathway.disrupt(police, suspectId("Arif Khan"), new NewDisruption(DisruptionType.LICENCE_SUSPENDED, null, today.minusDays(10),
                today.plusDays(80), null, null, null, null, null, "Northbridge Council licensing committee", "Private hire driver licence PH-0518")));
        // Sohail Ahmed: after no further action, a Slavery and Trafficking Risk Order, breached a month ago.
        check(pathway.disrupt(police, suspectId("Sohail Ahmed"), new NewDisruption(DisruptionType.STRO, null, today.minusDays(200),
                today.minusDays(200).plusYears(2), null, null, null, "Northbridge Magistrates' Court",
                "Not to be in the company of any female under 18; not to enter Canal Street", null, null)));
        suspects.disruptions(suspectId("Sohail Ahmed")).stream().filter(d -> d.type() == DisruptionType.STRO).findFirst()
                .ifPresent(d -> check(pathway.recordBreach(police, suspectId("Sohail Ahmed"), d.id(), today.minusDays(30),
                        "Seen at Flat 3, 22 Canal Street with two girls")));
        // Gary Lyons: an alarm ended by a recorded decision.
        check(pathway.decide(police, suspectId("Gary Lyons"), "Named person died in March; recorded on the police national computer."));
        // Daniel Marsh, Kyle Benton and Marek Nowak are left as they are: named, never pursued.
        for (String name : List.of("Daniel Marsh", "Kyle Benton", "Marek Nowak")) suspectId(name);
    }

    private UUID code(String agencyCode) {
        return agencies.byCode(agencyCode).map(Agency::id).orElseThrow();
    }

    private Viewer viewer(String username) {
        return users.viewerFor(username).orElseThrow(() -> new IllegalStateException("demo user missing: " + username));
    }

    private record Named(String name, MentionRole role) {
    }

    private record Linked(String from, String relation, EntityRef to) {
    }

    private static Named suspect(String name) {
        return new Named(name, MentionRole.SUSPECT);
    }

    private static Named child(String name) {
        return new Named(name, MentionRole.CHILD_AT_RISK);
    }

    /** Protection's demo children (step 200), by the initials the reports use. */
    private static final Map<String, String> CHILDREN = Map.of(
            "Ellie S (14)", "Ellie Sutton", "Chloe M (16)", "Chloe Marsden", "Jade W (14)", "Jade Whitaker",
            "Leah B (15)", "Leah Brennan", "Maya T (15)", "Maya Thornton", "Mason C (12)", "Mason Clarke");

    /** The identity subject of one of protection's children (step 200), asked of protection by the name it was referred by. */
    private UUID childSubject(String label) {
        String name = CHILDREN.get(label);
        if (name == null) return null;
        UUID found = protection.childNamed(name).orElse(null);
        var risk = found == null ? null : protection.currentRisk(List.of(found)).get(found);
        if (risk == null) log.warn("Demo: protection has no screened child {}; {} is left unidentified", name, label);
        else log.info("Demo: {} is protection's {} ({})", label, name, risk.levelLabel());
        return found;
    }

    private static EntityRef person(String name) {
        return EntityRef.person("@" + name, null);
    }

    private static Linked link(String from, String relation, EntityRef to) {
        return new Linked(from, relation, to);
    }

    private EntityRef ref(String name) {
        UUID known = people.get(name);
        return known != null ? EntityRef.existing(known) : EntityRef.person(name, childSubject(name));
    }

    private EntityRef resolve(EntityRef ref) {
        if (ref.type() != null && ref.value() != null && ref.value().startsWith("@")) return ref(ref.value().substring(1));
        return ref;
    }

    private void report(Viewer by, int daysAgo, SourceType source, String body, String system, String s, String i, String h,
                        List<Named> named, List<Linked> links) {
        report(by, daysAgo, source, body, system, s, i, h, named, links, null, Set.of(), null);
    }

    private void report(Viewer by, int daysAgo, SourceType source, String body, String system, String s, String i, String h,
                        List<Named> named, List<Linked> links, String conditions, Set<UUID> release, String sanitised) {
        List<NewReport.Mention> mentions = new ArrayList<>();
        for (Named n : named) mentions.add(new NewReport.Mention(ref(n.name()), n.role()));
        List<NewReport.LinkSpec> specs = new ArrayList<>();
        for (Linked l : links) specs.add(new NewReport.LinkSpec(ref(l.from()), l.relation(), resolve(l.to())));
        Set<Role> roles = conditions == null ? Set.of() : Set.of(Role.POLICE_INVESTIGATOR, Role.INTELLIGENCE_ANALYST, Role.PRACTITIONER);
        ReportRecording.Outcome outcome = recording.record(by, new NewReport(today.minusDays(daysAgo), source, null, null, body,
                sanitised, system, s, i, h, conditions, release, roles, mentions, specs));
        if (!outcome.recorded()) throw new IllegalStateException("demo report refused: " + outcome.reason());
        // remember who is who, so that later reports name the same people
        for (int k = 0; k < named.size(); k++) people.putIfAbsent(named.get(k).name(), outcome.mentionedEntityIds().get(k));
    }

    private UUID suspectId(String name) {
        return pathway.suspectFor(people.get(name)).orElseThrow();
    }

    private void walk(Viewer police, String name, UUID lead, Ethnicity ethnicity, String nationality, Object[]... steps) {
        UUID id = suspectId(name);
        if (lead != null) check(pathway.assignLead(police, id, lead, pathway.version(id)));
        check(pathway.describe(police, id, ethnicity, Nationality.parse(nationality).orElseThrow(), pathway.version(id)));
        for (Object[] step : steps) {
            LocalDate on = today.minusDays((Integer) step[1]);
            if (step[0] instanceof Stage stage) check(pathway.advance(police, id, stage, on, null, pathway.version(id)));
            else if (step[0] instanceof Outcome outcome) check(pathway.close(police, id, outcome, null, on, null, pathway.version(id)));
            else check(pathway.close(police, id, Outcome.NO_FURTHER_ACTION, (OutcomeGroup) step[0], on, null, pathway.version(id)));
        }
    }

    private void disrupt(Viewer police, String name, DisruptionType type, String description, int daysAgo, Integer expiresDaysAgo) {
        check(pathway.disrupt(police, suspectId(name), type, description, today.minusDays(daysAgo),
                expiresDaysAgo == null ? null : today.minusDays(expiresDaysAgo), null));
    }

    private static void check(SuspectPathway.Result r) {
        if (!r.done()) throw new IllegalStateException("demo pathway step refused: " + r.refusal());
    }
}
