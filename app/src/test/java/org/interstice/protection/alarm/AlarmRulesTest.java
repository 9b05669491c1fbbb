package org.interstice.protection.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.interstice.protection.ExploitationIndicatorKnown;
import org.interstice.protection.timeline.ClockKind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AlarmRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final AlarmRules rules = new AlarmRules(30, 28);

    /** A child at the top of a four-level scale who is fully protected: plan, lead professional, seen last week. */
    private static ChildFacts protectedChildAt(int rank) {
        return new ChildFacts(rank, 4, "Level " + rank, null, true, true, TODAY.minusDays(7), List.of());
    }

    private static List<ReasonCode> codes(AlarmAssessment assessment) {
        return assessment.reasons().stream().map(AlarmReason::code).toList();
    }

    @Test
    void a_child_at_the_highest_level_who_is_fully_protected_raises_no_alarm() {
        AlarmAssessment assessment = rules.assess(protectedChildAt(4), TODAY);
        assertThat(assessment.applies()).isFalse();
        assertThat(codes(assessment)).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS);
    }

    @Test
    void a_child_at_the_second_highest_level_with_no_plan_raises_the_alarm() {
        ChildFacts child = new ChildFacts(3, 4, "Category 3: moderate", null, false, true, TODAY, List.of());
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(codes(assessment)).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS, ReasonCode.NO_ACTIVE_PLAN);
        assertThat(assessment.reasons().get(0).text()).isEqualTo(
                "Current risk is \"Category 3: moderate\", one of the top two levels");
    }

    @Test
    void a_child_below_the_top_two_levels_whose_risk_did_not_rise_raises_no_alarm_however_unprotected() {
        ChildFacts child = new ChildFacts(2, 4, "Category 2: mild", null, false, false, null,
                List.of(new OverdueClock(ClockKind.ASSESSMENT, TODAY.minusDays(3))));
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isFalse();
        assertThat(assessment.riskReasons()).isEmpty();
        assertThat(assessment.gapReasons()).hasSize(4);
    }

    @Test
    void a_child_never_screened_raises_no_alarm() {
        ChildFacts child = new ChildFacts(null, 0, null, null, false, false, null, List.of());
        assertThat(rules.assess(child, TODAY).applies()).isFalse();
    }

    @Test
    void a_rise_within_30_days_raises_the_alarm_even_below_the_top_two_levels() {
        ChildFacts child = new ChildFacts(2, 4, "Category 2: mild", TODAY.minusDays(30), true, false, TODAY, List.of());
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(codes(assessment)).containsExactly(ReasonCode.RISK_ROSE, ReasonCode.NO_LEAD_PROFESSIONAL);
        assertThat(assessment.reasons().get(0).text()).isEqualTo(
                "Risk rose to \"Category 2: mild\" on 28 October 2026, within the last 30 days");
    }

    @Test
    void a_rise_more_than_30_days_ago_no_longer_counts() {
        ChildFacts child = new ChildFacts(2, 4, "Category 2: mild", TODAY.minusDays(31), true, false, TODAY, List.of());
        assertThat(rules.assess(child, TODAY).applies()).isFalse();
    }

    @Test
    void a_child_not_seen_within_the_contact_window_raises_the_alarm() {
        ChildFacts child = new ChildFacts(4, 4, "Significant", null, true, true, TODAY.minusDays(29), List.of());
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(assessment.gapReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.NO_RECENT_CONTACT);
            assertThat(reason.text()).startsWith("No recorded contact with the child for 29 days");
        });
    }

    @Test
    void a_child_seen_exactly_at_the_edge_of_the_contact_window_is_not_a_gap() {
        ChildFacts child = new ChildFacts(4, 4, "Significant", null, true, true, TODAY.minusDays(28), List.of());
        assertThat(rules.assess(child, TODAY).applies()).isFalse();
    }

    @Test
    void a_child_never_seen_is_a_gap() {
        ChildFacts child = new ChildFacts(4, 4, "Significant", null, true, true, null, List.of());
        assertThat(rules.assess(child, TODAY).gapReasons()).extracting(AlarmReason::text)
                .containsExactly("No recorded contact with the child");
    }

    @Test
    void each_overdue_clock_is_its_own_reason() {
        ChildFacts child = new ChildFacts(4, 4, "Significant", null, true, true, TODAY, List.of(
                new OverdueClock(ClockKind.ICPC, LocalDate.of(2026, 11, 20)),
                new OverdueClock(ClockKind.VISIT, LocalDate.of(2026, 11, 26))));
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(assessment.gapReasons()).extracting(AlarmReason::text).containsExactly(
                "Initial child protection conference overdue since 20 November 2026",
                "Visit overdue since 26 November 2026");
        assertThat(assessment.keys()).contains("OVERDUE_CLOCK:ICPC", "OVERDUE_CLOCK:VISIT");
    }

    @Test
    void every_reason_is_returned_when_everything_is_wrong() {
        ChildFacts child = new ChildFacts(4, 4, "Significant", TODAY.minusDays(2), false, false, null,
                List.of(new OverdueClock(ClockKind.STRATEGY_DISCUSSION, TODAY.minusDays(1))));
        assertThat(codes(rules.assess(child, TODAY))).containsExactly(ReasonCode.RISK_AT_TOP_LEVELS,
                ReasonCode.RISK_ROSE, ReasonCode.NO_ACTIVE_PLAN, ReasonCode.NO_LEAD_PROFESSIONAL,
                ReasonCode.NO_RECENT_CONTACT, ReasonCode.OVERDUE_CLOCK);
    }

    @Test
    void the_top_two_levels_follow_the_vocabulary_in_use() {
        ChildFacts mediumOfThree = new ChildFacts(2, 3, "Medium", null, false, true, TODAY, List.of());
        ChildFacts lowOfThree = new ChildFacts(1, 3, "Low", null, false, true, TODAY, List.of());
        ChildFacts notAtRiskOfTwo = new ChildFacts(1, 2, "No current risk", null, false, true, TODAY, List.of());
        assertThat(rules.assess(mediumOfThree, TODAY).applies()).isTrue();
        assertThat(rules.assess(lowOfThree, TODAY).applies()).isFalse();
        assertThat(rules.assess(notAtRiskOfTwo, TODAY).applies()).isFalse();
    }

    @Test
    void the_windows_are_configurable() {
        AlarmRules strict = new AlarmRules(60, 7);
        ChildFacts child = new ChildFacts(2, 4, "Category 2: mild", TODAY.minusDays(45), true, true,
                TODAY.minusDays(8), List.of());
        assertThat(codes(strict.assess(child, TODAY))).containsExactly(ReasonCode.RISK_ROSE, ReasonCode.NO_RECENT_CONTACT);
    }

    @Test
    void a_decision_to_close_holds_until_a_new_reason_appears_or_risk_rises() {
        AlarmAssessment decidedOn = rules.assess(new ChildFacts(3, 4, "Moderate", null, false, true, TODAY, List.of()), TODAY);
        DecisionHold hold = new DecisionHold(decidedOn.keys(), 3);

        assertThat(hold.stillHolds(decidedOn, 3)).isTrue();
        AlarmAssessment newGap = rules.assess(new ChildFacts(3, 4, "Moderate", null, false, false, TODAY, List.of()), TODAY);
        assertThat(hold.stillHolds(newGap, 3)).isFalse();
        AlarmAssessment higher = rules.assess(new ChildFacts(4, 4, "Significant", null, false, true, TODAY, List.of()), TODAY);
        assertThat(hold.stillHolds(higher, 4)).isFalse();
        assertThat(hold.decidedKeys()).isEqualTo(Set.of("RISK_AT_TOP_LEVELS", "NO_ACTIVE_PLAN"));
    }

    private static final ExploitationIndicatorKnown CSE_FACTOR = new ExploitationIndicatorKnown("CIN:11A",
            "CIN factor 11A (child sexual exploitation) recorded on 3 November 2026", LocalDate.of(2026, 11, 3));
    private static final ExploitationIndicatorKnown SEXUAL_ABUSE_PLAN = new ExploitationIndicatorKnown("CP_PLAN:SAB",
            "on a child protection plan under sexual abuse since 10 November 2026", LocalDate.of(2026, 11, 10));

    private static ChildFacts unscreenedButProtected(ExploitationIndicatorKnown... known) {
        return new ChildFacts(null, 0, null, null, true, true, TODAY, List.of(), null, List.of(known));
    }

    @Test
    void a_child_with_cin_factor_11a_whom_nobody_has_screened_raises_the_alarm_though_otherwise_protected() {
        AlarmAssessment assessment = rules.assess(unscreenedButProtected(CSE_FACTOR), TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(assessment.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.NOT_YET_SCREENED);
            assertThat(reason.text()).isEqualTo(
                    "Not yet screened: CIN factor 11A (child sexual exploitation) recorded on 3 November 2026");
        });
    }

    @Test
    void each_known_indicator_is_its_own_reason_so_a_new_one_reopens_a_decision() {
        AlarmAssessment one = rules.assess(unscreenedButProtected(CSE_FACTOR), TODAY);
        AlarmAssessment two = rules.assess(unscreenedButProtected(CSE_FACTOR, SEXUAL_ABUSE_PLAN), TODAY);
        assertThat(two.reasons()).extracting(AlarmReason::text).containsExactly(
                "Not yet screened: CIN factor 11A (child sexual exploitation) recorded on 3 November 2026",
                "Not yet screened: on a child protection plan under sexual abuse since 10 November 2026");
        assertThat(new DecisionHold(one.keys(), 0).stillHolds(two, 0)).isFalse();
    }

    @Test
    void a_screening_on_or_after_the_indicator_takes_it_into_account_and_the_screened_risk_decides() {
        ChildFacts screenedLow = new ChildFacts(1, 4, "Category 1: not at risk", null, true, true, TODAY, List.of(),
                LocalDate.of(2026, 11, 3), List.of(CSE_FACTOR));
        assertThat(rules.assess(screenedLow, TODAY).applies()).isFalse();
        ChildFacts screenedHighNoPlan = new ChildFacts(4, 4, "Category 4: significant", null, false, true, TODAY,
                List.of(), LocalDate.of(2026, 11, 20), List.of(CSE_FACTOR));
        assertThat(codes(rules.assess(screenedHighNoPlan, TODAY)))
                .containsExactly(ReasonCode.RISK_AT_TOP_LEVELS, ReasonCode.NO_ACTIVE_PLAN);
    }

    @Test
    void an_indicator_known_after_the_last_screening_raises_the_alarm_again() {
        ChildFacts child = new ChildFacts(1, 4, "Category 1: not at risk", null, true, true, TODAY, List.of(),
                LocalDate.of(2026, 11, 5), List.of(CSE_FACTOR, SEXUAL_ABUSE_PLAN));
        AlarmAssessment assessment = rules.assess(child, TODAY);
        assertThat(assessment.applies()).isTrue();
        assertThat(assessment.reasons()).extracting(AlarmReason::text).containsExactly(
                "Not yet screened since the last screening on 5 November 2026: on a child protection plan under"
                        + " sexual abuse since 10 November 2026");
    }
}
