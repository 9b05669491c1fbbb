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

    // Issue 14, item 5a: an open investigation is pursuit only while it records actions.

    static final Pathway INVESTIGATION = new Pathway(Stage.INVESTIGATION, null, null);

    @Test
    void an_investigation_that_records_an_action_within_28_days_keeps_the_alarm_quiet() {
        var f = new SuspectFacts(INVESTIGATION, D.plusDays(5), threeSources(), List.of(), List.of(
                SuspectFacts.Action.investigationOpened(D.plusDays(5)),
                SuspectFacts.Action.pursuit(D.plusDays(30), "Investigation action: victim interviewed")), null);
        var quiet = rule.assess(f, D.plusDays(57));
        assertThat(quiet.raised()).isFalse();
        assertThat(quiet.reasons()).contains("Being pursued: under investigation since " + D.plusDays(5) + "; last action recorded on " + D.plusDays(30));
        var raised = rule.assess(f, D.plusDays(58));
        assertThat(raised.raised()).isTrue();
        assertThat(raised.dueOn()).isEqualTo(D.plusDays(58));
        assertThat(raised.reasons()).contains("Investigation open since " + D.plusDays(5) + " with no action recorded since " + D.plusDays(30));
    }

    @Test
    void an_investigation_with_no_action_recorded_for_28_days_raises_the_alarm() {
        var f = new SuspectFacts(INVESTIGATION, D.plusDays(5), threeSources(), List.of(),
                List.of(SuspectFacts.Action.investigationOpened(D.plusDays(5))), null);
        assertThat(rule.assess(f, D.plusDays(32)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(90));
        assertThat(a.raised()).isTrue();
        assertThat(a.dueOn()).isEqualTo(D.plusDays(33));
        assertThat(a.escalated()).isTrue();
        assertThat(a.reasons()).contains("Investigation open since " + D.plusDays(5) + " with no action recorded since " + D.plusDays(5));
    }

    @Test
    void an_arrest_is_an_action_of_the_investigation_and_the_investigation_must_keep_acting_after_it() {
        var f = new SuspectFacts(new Pathway(Stage.ARREST_OR_INTERVIEW, null, null), D.plusDays(20), threeSources(), List.of(), List.of(
                SuspectFacts.Action.investigationOpened(D.plusDays(5)),
                SuspectFacts.Action.pursuit(D.plusDays(20), Stage.ARREST_OR_INTERVIEW.label())), null);
        assertThat(rule.assess(f, D.plusDays(47)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(48));
        assertThat(a.raised()).isTrue();
        assertThat(a.reasons()).contains("Investigation open since " + D.plusDays(5) + " with no action recorded since " + D.plusDays(20));
    }

    @Test
    void an_investigation_opened_before_the_threshold_was_met_has_28_days_from_the_threshold() {
        var late = List.of(naming(0, "person:a"), naming(40, "person:b"), naming(50, "person:c"));
        var f = new SuspectFacts(INVESTIGATION, D, late, List.of(), List.of(SuspectFacts.Action.investigationOpened(D)), null);
        assertThat(rule.assess(f, D.plusDays(77)).raised()).isFalse();
        assertThat(rule.assess(f, D.plusDays(78)).raised()).isTrue();
    }

    @Test
    void a_file_with_the_cps_a_charge_or_a_prosecution_means_the_suspect_is_being_pursued() {
        for (Stage stage : List.of(Stage.FILE_TO_CPS, Stage.CHARGED, Stage.PROSECUTION)) {
            var a = rule.assess(facts(new Pathway(stage, null, null), threeSources(), List.of(), List.of(), null), D.plusDays(300));
            assertThat(a.raised()).as(stage.name()).isFalse();
            assertThat(a.reasons()).anyMatch(r -> r.startsWith("Being pursued: " + stage.label().toLowerCase()));
        }
    }

    @Test
    void a_decision_during_a_stalled_investigation_holds_until_new_intelligence() {
        var f = new SuspectFacts(INVESTIGATION, D.plusDays(5), threeSources(), List.of(),
                List.of(SuspectFacts.Action.investigationOpened(D.plusDays(5))),
                new SuspectFacts.Decision(D.plusDays(40), "Awaiting forensic results from the national laboratory"));
        assertThat(rule.assess(f, D.plusDays(100)).raised()).isFalse();
        var more = new ArrayList<>(threeSources());
        more.add(naming(60, "person:d"));
        var again = rule.assess(new SuspectFacts(INVESTIGATION, D.plusDays(5), more, List.of(), f.actions(), f.lastDecision()), D.plusDays(88));
        assertThat(again.raised()).isTrue();
        assertThat(again.dueOn()).isEqualTo(D.plusDays(88));
    }

    // Issue 14, item 5b: a disruption restarts the clock once, not indefinitely.

    @Test
    void a_second_disruption_does_not_restart_the_clock() {
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(
                SuspectFacts.Action.disruption(D.plusDays(20), "Referral to the licensing authority", null),
                SuspectFacts.Action.disruption(D.plusDays(40), "Letter to a person of concern", null)), null);
        assertThat(rule.assess(f, D.plusDays(47)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(48));
        assertThat(a.raised()).isTrue();
        assertThat(a.dueOn()).isEqualTo(D.plusDays(48));
        assertThat(a.reasons()).contains("The Referral to the licensing authority of " + D.plusDays(20) + " restarted the clock",
                "The Letter to a person of concern of " + D.plusDays(40) + " did not restart the clock: a disruption restarts it only once");
    }

    @Test
    void a_second_order_in_force_does_not_silence_the_alarm_once_the_first_has_expired() {
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(
                SuspectFacts.Action.disruption(D.plusDays(10), "Child Abduction Warning Notice", D.plusDays(100)),
                SuspectFacts.Action.disruption(D.plusDays(110), "Sexual Risk Order", D.plusDays(900))), null);
        assertThat(rule.assess(f, D.plusDays(127)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(128));
        assertThat(a.raised()).isTrue();
        assertThat(a.reasons()).contains("The Child Abduction Warning Notice of " + D.plusDays(10) + " restarted the clock until it ended on " + D.plusDays(100));
    }

    @Test
    void new_intelligence_while_an_order_is_in_force_needs_a_pursuit_action_or_a_decision() {
        var sro = SuspectFacts.Action.disruption(D.plusDays(10), "Sexual Risk Order", D.plusDays(800));
        var quiet = rule.assess(facts(Pathway.NAMED, threeSources(), List.of(), List.of(sro), null), D.plusDays(400));
        assertThat(quiet.raised()).isFalse();
        assertThat(quiet.reasons()).contains("Disrupted: Sexual Risk Order in force until " + D.plusDays(800));

        var more = new ArrayList<>(threeSources());
        more.add(naming(50, "person:d"));
        var f = facts(Pathway.NAMED, more, List.of(), List.of(sro), null);
        assertThat(rule.assess(f, D.plusDays(77)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(78));
        assertThat(a.raised()).isTrue();
        assertThat(a.reasons()).contains("New intelligence on " + D.plusDays(50) + " after the Sexual Risk Order of " + D.plusDays(10)
                + ": a disruption restarts the clock only once, so this needs a pursuit action or a decision");

        // a decision answers it, until more intelligence arrives
        var decided = facts(Pathway.NAMED, more, List.of(), List.of(sro), new SuspectFacts.Decision(D.plusDays(80), "Order monitored; no offence disclosed"));
        assertThat(rule.assess(decided, D.plusDays(300)).raised()).isFalse();
    }

    @Test
    void a_pursuit_action_lets_the_next_disruption_restart_the_clock_again() {
        var nfa = new Pathway(Stage.OUTCOME, Outcome.NO_FURTHER_ACTION, OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT);
        var more = new ArrayList<>(threeSources());
        more.add(naming(70, "person:d"));
        var actions = List.of(
                SuspectFacts.Action.disruption(D.plusDays(5), "Referral to the licensing authority", null),
                SuspectFacts.Action.investigationOpened(D.plusDays(30)),
                SuspectFacts.Action.pursuit(D.plusDays(60), "No further action"),
                SuspectFacts.Action.disruption(D.plusDays(80), "Child Abduction Warning Notice", D.plusDays(260)));
        var a = rule.assess(new SuspectFacts(nfa, D.plusDays(60), more, List.of(), actions, null), D.plusDays(200));
        assertThat(a.raised()).isFalse();
        assertThat(a.reasons()).contains("Disrupted: Child Abduction Warning Notice in force until " + D.plusDays(260));
    }

    @Test
    void an_order_made_until_further_order_keeps_the_alarm_quiet_until_new_intelligence_or_a_breach() {
        var stpo = SuspectFacts.Action.disruption(D.plusDays(10), "Slavery and Trafficking Prevention Order", LocalDate.MAX);
        var a = rule.assess(facts(Pathway.NAMED, threeSources(), List.of(), List.of(stpo), null), D.plusDays(2000));
        assertThat(a.raised()).isFalse();
        assertThat(a.reasons()).contains("Disrupted: Slavery and Trafficking Prevention Order in force until further order");
    }

    @Test
    void a_breach_ends_the_quiet_of_an_order_is_shown_and_is_not_an_action() {
        var cawn = SuspectFacts.Action.disruption(D.plusDays(10), "Child Abduction Warning Notice", D.plusDays(200), D.plusDays(60));
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(cawn), null);
        var quiet = rule.assess(f, D.plusDays(87));
        assertThat(quiet.raised()).isFalse();
        assertThat(quiet.reasons()).contains("Breach of the Child Abduction Warning Notice of " + D.plusDays(10) + " recorded on " + D.plusDays(60))
                .noneMatch(r -> r.startsWith("Disrupted"));
        var a = rule.assess(f, D.plusDays(88));
        assertThat(a.raised()).isTrue();
        assertThat(a.reasons()).contains("The Child Abduction Warning Notice of " + D.plusDays(10) + " restarted the clock until its breach on " + D.plusDays(60),
                "No pursuit or disruption action since " + D.plusDays(10));
    }

    @Test
    void a_breach_after_a_decision_raises_the_alarm_again() {
        var cawn = SuspectFacts.Action.disruption(D.plusDays(10), "Child Abduction Warning Notice", D.plusDays(40), D.plusDays(30));
        var decision = new SuspectFacts.Decision(D.plusDays(70), "Notice served and child moved to a safe placement");
        var held = facts(Pathway.NAMED, threeSources(), List.of(), List.of(SuspectFacts.Action.disruption(D.plusDays(10), "Child Abduction Warning Notice", D.plusDays(400))), decision);
        assertThat(rule.assess(held, D.plusDays(300)).raised()).isFalse();
        var breached = facts(Pathway.NAMED, threeSources(), List.of(), List.of(
                SuspectFacts.Action.disruption(D.plusDays(10), "Child Abduction Warning Notice", D.plusDays(400), D.plusDays(120))), decision);
        assertThat(rule.assess(breached, D.plusDays(147)).raised()).isFalse();
        assertThat(rule.assess(breached, D.plusDays(148)).raised()).isTrue();
        assertThat(rule.assess(facts(Pathway.NAMED, threeSources(), List.of(), List.of(cawn), null), D.plusDays(58)).raised()).isTrue();
    }

    // Issue 14, item 5c: one child at the top level of risk is enough (a setting, on by default).

    @Test
    void one_child_at_the_top_level_of_risk_linked_to_the_suspect_starts_the_clock() {
        var child = new SuspectFacts.ChildLink(UUID.randomUUID(), D.plusDays(3), true, false);
        var f = facts(Pathway.NAMED, List.of(naming(0, "person:a")), List.of(child), List.of(), null);
        assertThat(rule.assess(f, D.plusDays(30)).raised()).isFalse();
        var a = rule.assess(f, D.plusDays(31));
        assertThat(a.raised()).isTrue();
        assertThat(a.childrenAtRisk()).isEqualTo(1);
        assertThat(a.reasons()).contains("Linked to a child at the top level of risk on " + D.plusDays(3), "Threshold met on " + D.plusDays(3));
    }

    @Test
    void one_child_at_the_top_level_of_risk_who_names_the_suspect_starts_the_clock() {
        var source = new SuspectFacts.ChildLink(UUID.randomUUID(), D, true, true);
        var a = rule.assess(facts(Pathway.NAMED, List.of(naming(0, "person:child")), List.of(source), List.of(), null), D.plusDays(28));
        assertThat(a.raised()).isTrue();
        assertThat(a.childrenAtRisk()).as("the source is not a child named alongside").isZero();
        assertThat(a.reasons()).contains("Named by a child at the top level of risk on " + D);
    }

    @Test
    void a_child_at_risk_below_the_top_level_is_not_enough_on_its_own() {
        var child = new SuspectFacts.ChildLink(UUID.randomUUID(), D, false, false);
        var a = rule.assess(facts(Pathway.NAMED, List.of(naming(0, "person:a")), List.of(child), List.of(), null), D.plusDays(100));
        assertThat(a.raised()).isFalse();
        assertThat(a.reasons()).contains("Below the threshold of 3 independent reports, 2 children at risk or a child at the top level of risk");
    }

    @Test
    void with_the_setting_off_one_child_at_the_top_level_is_not_enough() {
        var off = new NamedButNotPursued(new AlarmPolicy(3, 2, 28, 14, false));
        var child = new SuspectFacts.ChildLink(UUID.randomUUID(), D, true, false);
        var a = off.assess(facts(Pathway.NAMED, List.of(naming(0, "person:a")), List.of(child), List.of(), null), D.plusDays(100));
        assertThat(a.raised()).isFalse();
        assertThat(a.reasons()).contains("Below the threshold of 3 independent reports or 2 children at risk")
                .noneMatch(r -> r.contains("top level"));
    }

    @Test
    void a_disruption_order_in_force_silences_the_alarm_and_its_expiry_restarts_the_clock() {
        var sro = SuspectFacts.Action.disruption(D.plusDays(10), "Sexual Risk Order", D.plusDays(100));
        var f = facts(Pathway.NAMED, threeSources(), List.of(), List.of(sro), null);
        assertThat(rule.assess(f, D.plusDays(60)).raised()).isFalse();
        assertThat(rule.assess(f, D.plusDays(60)).reasons()).anyMatch(r -> r.startsWith("Disrupted: Sexual Risk Order"));
        assertThat(rule.assess(f, D.plusDays(127)).raised()).isFalse();
        assertThat(rule.assess(f, D.plusDays(128)).raised()).isTrue();
    }

    @Test
    void a_one_off_action_restarts_the_28_days() {
        var referral = SuspectFacts.Action.disruption(D.plusDays(20), "Referral to the licensing authority", null);
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
        var f = new SuspectFacts(nfa, closedOn, threeSources(), List.of(), List.of(SuspectFacts.Action.pursuit(closedOn, "No further action")), null);
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
