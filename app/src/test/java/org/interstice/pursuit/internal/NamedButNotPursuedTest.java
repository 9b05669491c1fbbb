package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NamedButNotPursuedTest {

    static final LocalDate D = LocalDate.of(2026, 3, 2);
    final NamedButNotPursued rule = new NamedButNotPursued(AlarmPolicy.DEFAULT);

    static SuspectFacts.Naming naming(int day, String source) {
        return new SuspectFacts.Naming(UUID.randomUUID(), D.plusDays(day), source);
    }

    static SuspectFacts facts(Pathway p, List<SuspectFacts.Naming> namings, List<SuspectFacts.ChildLink> children,
                              List<SuspectFacts.Action> actions, SuspectFacts.Decision decision) {
        return new SuspectFacts(p, D, namings, children, actions, decision);
    }

    static List<SuspectFacts.Naming> threeSources() {
        return List.of(naming(0, "person:a"), naming(1, "person:b"), naming(2, "agency:education"));
    }

    @Test
    void three_independent_reports_and_28_days_without_action_raise_the_alarm() {
        var a = rule.assess(facts(Pathway.NAMED, threeSources(), List.of(), List.of(), null), D.plusDays(30));
        assertThat(a.raised()).isTrue();
        assertThat(a.dueOn()).isEqualTo(D.plusDays(30));
        assertThat(a.independentReports()).isEqualTo(3);
        assertThat(a.reasons()).contains("Named in 3 reports from 3 independent sources", "No pursuit or disruption action recorded");
    }

    @Test
    void the_alarm_is_not_raised_a_day_early() {
        var a = rule.assess(facts(Pathway.NAMED, threeSources(), List.of(), List.of(), null), D.plusDays(29));
        assertThat(a.raised()).isFalse();
        assertThat(a.dueOn()).isEqualTo(D.plusDays(30));
    }

    @Test
    void reports_from_the_same_source_person_are_not_independent() {
        var namings = List.of(naming(0, "person:a"), naming(1, "person:a"), naming(2, "person:a"), naming(3, "person:b"));
        var a = rule.assess(facts(Pathway.NAMED, namings, List.of(), List.of(), null), D.plusDays(100));
        assertThat(a.raised()).isFalse();
        assertThat(a.independentReports()).isEqualTo(2);
        assertThat(a.reasons()).contains("Named in 4 reports from 2 independent sources")
                .anyMatch(r -> r.startsWith("Below the threshold"));
    }

    @Test
    void two_children_at_risk_raise_the_alarm_with_a_single_report() {
        var children = List.of(new SuspectFacts.ChildLink(UUID.randomUUID(), D), new SuspectFacts.ChildLink(UUID.randomUUID(), D.plusDays(5)));
        var a = rule.assess(facts(Pathway.NAMED, List.of(naming(0, "person:a")), children, List.of(), null), D.plusDays(40));
        assertThat(a.raised()).isTrue();
        assertThat(a.dueOn()).isEqualTo(D.plusDays(33));
        assertThat(a.childrenAtRisk()).isEqualTo(2);
        assertThat(a.reasons()).contains("Linked to 2 children at risk");
    }

    @Test
    void the_alarm_escalates_to_the_panel_14_days_after_it_is_raised() {
        var f = facts(new Pathway(Stage.IDENTIFIED, null, null), threeSources(), List.of(), List.of(), null);
        assertThat(rule.assess(f, D.plusDays(43)).escalated()).isFalse();
        var a = rule.assess(f, D.plusDays(44));
        assertThat(a.escalated()).isTrue();
        assertThat(a.reasons()).contains("Escalated to the exploitation panel on " + D.plusDays(44));
    }

    @Test
    void an_investigation_means_the_suspect_is_being_pursued() {
        var a = rule.assess(facts(new Pathway(Stage.INVESTIGATION, null, null), threeSources(), List.of(), List.of(), null), D.plusDays(90));
        assertThat(a.raised()).isFalse();
        assertThat(a.reasons()).anyMatch(r -> r.startsWith("Being pursued"));
    }

    @Test
    void a_disruption_order_in_force_silences_the_alarm_and_its_expiry_restarts_the_clock() {
        var sro = new SuspectFacts.Action(D.plusDays(10), "Sexual Risk Order", D.plusDays(100));
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(sro), null);
        assertThat(rule.assess(f, D.plusDays(60)).raised()).isFalse();
        assertThat(rule.assess(f, D.plusDays(60)).reasons()).anyMatch(r -> r.startsWith("Disrupted: Sexual Risk Order"));
        assertThat(rule.assess(f, D.plusDays(127)).raised()).isFalse();
        assertThat(rule.assess(f, D.plusDays(128)).raised()).isTrue();
    }

    @Test
    void a_one_off_action_restarts_the_28_days() {
        var referral = new SuspectFacts.Action(D.plusDays(20), "Referral to the licensing authority", null);
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(referral), null);
        assertThat(rule.assess(f, D.plusDays(47)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(48));
        assertThat(a.raised()).isTrue();
        assertThat(a.reasons()).contains("No pursuit or disruption action since " + D.plusDays(20));
    }

    @Test
    void a_recorded_decision_ends_the_alarm_until_new_intelligence_arrives() {
        var decision = new SuspectFacts.Decision(D.plusDays(35), "Named person is deceased");
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(), decision);
        var quiet = rule.assess(f, D.plusDays(200));
        assertThat(quiet.raised()).isFalse();
        assertThat(quiet.reasons()).contains("Decision recorded on " + D.plusDays(35) + ": Named person is deceased");

        var more = new ArrayList<>(threeSources());
        more.add(naming(50, "person:c"));
        var again = rule.assess(facts(Pathway.NAMED, more, List.of(), List.of(), decision), D.plusDays(78));
        assertThat(again.raised()).isTrue();
        assertThat(again.dueOn()).isEqualTo(D.plusDays(78));
    }

    @Test
    void no_further_action_closes_the_pathway_until_the_suspect_is_named_again() {
        var nfa = new Pathway(Stage.OUTCOME, Outcome.NO_FURTHER_ACTION, OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT);
        var closedOn = D.plusDays(10);
        var f = new SuspectFacts(nfa, closedOn, threeSources(), List.of(), List.of(new SuspectFacts.Action(closedOn, "No further action", null)), null);
        assertThat(rule.assess(f, D.plusDays(300)).raised()).isFalse();

        var more = new ArrayList<>(threeSources());
        more.add(naming(60, "agency:health"));
        var again = rule.assess(new SuspectFacts(nfa, closedOn, more, List.of(), f.actions(), null), D.plusDays(88));
        assertThat(again.raised()).isTrue();
        assertThat(again.reasons()).anyMatch(r -> r.startsWith("New intelligence on " + D.plusDays(60)));
    }

    @Test
    void thresholds_are_configurable() {
        var strict = new NamedButNotPursued(new AlarmPolicy(2, 1, 7, 7));
        var f = facts(Pathway.NAMED, List.of(naming(0, "person:a"), naming(1, "person:b")), List.of(), List.of(), null);
        assertThat(strict.assess(f, D.plusDays(8)).raised()).isTrue();
        assertThat(rule.assess(f, D.plusDays(8)).raised()).isFalse();
    }

    @Test
    void reports_dated_in_the_future_do_not_count() {
        var f = facts(Pathway.NAMED, List.of(naming(0, "person:a"), naming(1, "person:b"), naming(90, "person:c")), List.of(), List.of(), null);
        assertThat(rule.assess(f, D.plusDays(60)).independentReports()).isEqualTo(2);
    }
}
