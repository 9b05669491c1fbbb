package org.interstice.learning.demo;

import org.interstice.agency.Agencies;
import org.interstice.agency.Users;
import org.interstice.agency.Viewer;
import org.interstice.demo.DemoStep;
import org.interstice.demo.DemoUsers;
import org.interstice.handoff.Handoffs;
import org.interstice.learning.internal.Findings;
import org.interstice.learning.internal.Incidents;
import org.interstice.learning.internal.Reviews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Step 460: Northbridge's learning so far. Near misses and incidents (one anonymous), two serious incident reviews
 * (one with its rapid review overdue), findings coded to familiar causes with recommendations sent as actions, and a
 * cause, "information not shared", found again after the actions from its first finding had all been completed.
 */
@Component
class NorthbridgeLearning implements DemoStep {

    private final Incidents incidents;
    private final Reviews reviews;
    private final Findings findings;
    private final Handoffs handoffs;
    private final Users users;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final Clock clock;

    NorthbridgeLearning(Incidents incidents, Reviews reviews, Findings findings, Handoffs handoffs, Users users,
                        Agencies agencies, JdbcClient jdbc, Clock clock) {
        this.incidents = incidents;
        this.reviews = reviews;
        this.findings = findings;
        this.handoffs = handoffs;
        this.users = users;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public void seed() {
        Viewer lead = users.viewerFor(DemoUsers.PARTNERSHIP_LEAD).orElse(null);
        Viewer practitioner = users.viewerFor(DemoUsers.PRACTITIONER).orElse(null);
        Viewer nurse = users.viewerFor("ed.nurse").orElse(null);
        Viewer police = users.viewerFor(DemoUsers.POLICE_INVESTIGATOR).orElse(null);
        if (lead == null || practitioner == null || nurse == null || police == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        UUID nsp = agencies.byCode("NSP").map(a -> a.id()).orElse(null);
        UUID nbh = agencies.byCode("NBH").map(a -> a.id()).orElse(null);
        if (nsp == null || nbh == null) {
            return;
        }

        UUID nearMiss = report(practitioner, Incidents.Kind.NEAR_MISS, false, today.minusDays(12), true,
                "A police notification about a 14-year-old found with adults reached the MASH inbox on a Friday "
                + "evening and was not seen until Tuesday. Nobody was watching the shared inbox over the weekend.");
        UUID aAndE = report(nurse, Incidents.Kind.INCIDENT, false, today.minusDays(40), false,
                "A young person attended A&E three times in a month; each visit was treated as new because the "
                + "earlier attendances were recorded on a different system.");
        UUID serious = report(practitioner, Incidents.Kind.INCIDENT, true, today.minusDays(240), false,
                "A 15-year-old known to four agencies was seriously harmed by an adult who had been named in "
                + "intelligence reports months before.");
        UUID recent = report(police, Incidents.Kind.INCIDENT, true, today.minusDays(30), false,
                "A child missing from care for three days was found with an adult previously warned away from her.");
        findings.record(null, nearMiss, "HANDOFF_DROPPED", "A shared inbox had no owner out of hours.", lead);
        findings.record(null, aAndE, "START_AGAIN_SYNDROME", "Earlier attendances were not visible to the clinician.", lead);

        // The older review: notified, rapid review done, local review commissioned; its first finding's actions completed.
        UUID older = reviews.open(serious, "Review of serious harm to a 15-year-old (Northbridge 1)", today.minusDays(238), lead).id();
        step(older, Reviews.Step.NOTIFIED, today.minusDays(234), lead);
        step(older, Reviews.Step.RAPID_REVIEW_DONE, today.minusDays(215), lead);
        step(older, Reviews.Step.LOCAL_REVIEW_COMMISSIONED, today.minusDays(214), lead);
        UUID shared = finding(older, "INFORMATION_NOT_SHARED",
                "Police intelligence naming the adult was not shared with children's social care.", lead, today.minusDays(215));
        finding(older, "EXPLOITATION_TREATED_AS_CONSENT",
                "Records described the adult as the young person's boyfriend.", lead, today.minusDays(215));
        UUID notPursued = finding(older, "NAMED_SUSPECT_NOT_PURSUED",
                "The adult was named by three sources and no disruption was considered.", lead, today.minusDays(215));
        UUID done = recommend(shared, "Share intelligence naming adults linked to children with the MASH within 1 working day",
                nsp, today.plusDays(30), lead);
        complete(done, police, "Daily intelligence briefing to the MASH in place", today.minusDays(120));
        recommend(notPursued, "Consider a Child Abduction Warning Notice whenever an adult is named by two or more sources",
                nsp, today.plusDays(45), lead);

        // The recent review: notified in time, its rapid review now overdue; the same cause found again.
        UUID newer = reviews.open(recent, "Review of a child found with a warned adult (Northbridge 2)", today.minusDays(29), lead).id();
        step(newer, Reviews.Step.NOTIFIED, today.minusDays(25), lead);
        UUID again = finding(newer, "INFORMATION_NOT_SHARED",
                "The warning notice was not known to the children's home.", lead, today.minusDays(10));
        recommend(again, "Tell the child's placement of every warning notice about adults linked to the child", nsp,
                today.plusDays(20), lead);
        finding(newer, "CHILDS_VOICE_NOT_HEARD", "The child had said where she went; it was not recorded.", lead,
                today.minusDays(10));
    }

    private UUID report(Viewer by, Incidents.Kind kind, boolean serious, LocalDate on, boolean anonymous, String what) {
        UUID id = incidents.report(new Incidents.NewIncident(kind, serious, on, what, anonymous, null, null, null), by).id();
        jdbc.sql("UPDATE learning_incident SET reported_at = :at WHERE id = :id")
                .param("at", Timestamp.from(on.plusDays(1).atStartOfDay(clock.getZone()).plusHours(10).toInstant()))
                .param("id", id).update();
        return id;
    }

    private void step(UUID review, Reviews.Step step, LocalDate on, Viewer lead) {
        long version = jdbc.sql("SELECT version FROM learning_review WHERE id = :id").param("id", review).query(Long.class).single();
        reviews.record(review, step, on, version, lead);
    }

    /** Records a finding and dates it when it was found. */
    private UUID finding(UUID review, String cause, String summary, Viewer lead, LocalDate on) {
        findings.record(review, null, cause, summary, lead);
        UUID id = findings.ofReview(review).stream().filter(f -> f.summary().equals(summary)).findFirst().orElseThrow().id();
        jdbc.sql("UPDATE learning_finding SET found_on = :on, recorded_at = :at WHERE id = :id")
                .param("on", on).param("at", Timestamp.from(on.atStartOfDay(clock.getZone()).plusHours(14).toInstant()))
                .param("id", id).update();
        return id;
    }

    private UUID recommend(UUID finding, String action, UUID agency, LocalDate due, Viewer lead) {
        findings.recommend(finding, action, agency, due, lead);
        List<Findings.Recommendation> made = findings.recommendations(List.of(finding));
        return made.stream().filter(r -> r.action().equals(action)).findFirst().map(Findings.Recommendation::handoffId).orElse(null);
    }

    /** The receiving agency completes the action; it was completed on the date given. */
    private void complete(UUID handoff, Viewer receiver, String outcome, LocalDate on) {
        if (handoff == null) {
            return;
        }
        handoffs.acknowledge(handoff, receiver);
        handoffs.accept(handoff, null, receiver);
        handoffs.complete(handoff, outcome, receiver);
        jdbc.sql("UPDATE learning_recommendation SET completed_at = :at WHERE handoff_id = :id")
                .param("at", Timestamp.from(on.atStartOfDay(clock.getZone()).plusHours(12).toInstant()))
                .param("id", handoff).update();
    }
}
