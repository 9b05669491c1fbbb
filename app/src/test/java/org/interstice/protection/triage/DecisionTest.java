package org.interstice.protection.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionTest {

    @Test
    void a_decision_with_an_outcome_and_a_reason_may_be_recorded() {
        assertThat(new Decision(Outcome.ASSESSMENT, "Repeated missing episodes", "N1", null).refusal(false)).isEmpty();
    }

    @Test
    void every_outcome_needs_a_reason() {
        assertThat(new Decision(Outcome.NFA, "  ", null, null).refusal(false)).contains("Give the reason for the decision");
    }

    @Test
    void a_referral_to_another_agency_names_the_agency() {
        assertThat(new Decision(Outcome.OTHER_AGENCY, "Health need", null, null).refusal(false))
                .contains("Choose the agency the child is referred to");
        assertThat(new Decision(Outcome.OTHER_AGENCY, "Health need", null, UUID.randomUUID()).refusal(false)).isEmpty();
    }

    @Test
    void a_contact_is_decided_only_once() {
        assertThat(new Decision(Outcome.NFA, "No concern", null, null).refusal(true))
                .contains("This contact already has an outcome");
    }

    @Test
    void an_outcome_must_be_chosen() {
        assertThat(new Decision(null, "reason", null, null).refusal(false)).contains("Choose an outcome");
    }
}
