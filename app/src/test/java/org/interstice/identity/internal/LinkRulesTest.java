package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.interstice.identity.internal.LinkThresholds.Outcome;
import org.interstice.identity.internal.MergeCheck.Blocked;
import org.interstice.identity.internal.MergeCheck.NotSamePerson;
import org.interstice.identity.internal.MergeCheck.Overridden;
import org.interstice.identity.internal.MergeCheck.RecordFacts;
import org.interstice.identity.internal.MergeCheck.Safe;
import org.junit.jupiter.api.Test;

class LinkRulesTest {

    private final LinkThresholds thresholds = new LinkThresholds(4, 12);

    @Test
    void weights_above_the_upper_threshold_link_between_thresholds_go_to_review_and_below_make_a_new_subject() {
        assertThat(thresholds.decide(12, false)).isEqualTo(Outcome.AUTO_LINK);
        assertThat(thresholds.decide(8, false)).isEqualTo(Outcome.REVIEW);
        assertThat(thresholds.decide(3.9, false)).isEqualTo(Outcome.NEW_SUBJECT);
    }

    @Test
    void strong_contrary_evidence_sends_even_a_high_weight_to_a_person() {
        assertThat(thresholds.decide(30, true)).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void the_lower_threshold_must_be_below_the_upper() {
        assertThatThrownBy(() -> new LinkThresholds(12, 4)).hasMessageContaining("must be below");
    }

    @Test
    void two_different_valid_nhs_numbers_block_a_merge_unless_overridden_with_a_reason() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var left = List.of(new RecordFacts(a, "NBH", "H1", "9434765919"));
        var right = List.of(new RecordFacts(b, "NBCSC", "C1", "4010232137"));
        List<String> concerns = MergeCheck.concerns(left, right, List.of());
        assertThat(concerns).singleElement().asString().contains("Two different valid NHS numbers");
        assertThat(MergeCheck.verdict(concerns, " ")).isInstanceOf(Blocked.class);
        assertThat(MergeCheck.verdict(concerns, "Confirmed with the GP: the number was mistyped"))
                .isInstanceOf(Overridden.class);
    }

    @Test
    void an_invalid_nhs_number_is_not_evidence_against_a_merge() {
        var left = List.of(new RecordFacts(UUID.randomUUID(), "NBH", "H1", "9434765919"));
        var right = List.of(new RecordFacts(UUID.randomUUID(), "NBCSC", "C1", "1234567890"));
        assertThat(MergeCheck.verdict(MergeCheck.concerns(left, right, List.of()), null)).isInstanceOf(Safe.class);
    }

    @Test
    void a_not_the_same_person_decision_between_the_clusters_blocks_a_merge() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var concerns = MergeCheck.concerns(List.of(new RecordFacts(a, "X", "1", null)),
                List.of(new RecordFacts(b, "Y", "2", null)), List.of(new NotSamePerson(b, a, "mash.officer")));
        assertThat(concerns).containsExactly("Recorded as not the same person by mash.officer");
    }
}
