package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interstice.identity.web.Formats;
import org.junit.jupiter.api.Test;

/** The review table must account for every weight the engine gave, including its household correction. */
class ReviewDetailTest {

    @Test
    void theHouseholdCorrectionIsShownAsItsOwnRowSoTheWeightsAddUp() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("given_name", "Amy");
        values.put("family_name", "Khan");
        var record = new Reviews.Side(UUID.randomUUID(), "NBH", "Health", "pas", "1", null, values);
        var candidate = new Reviews.Side(UUID.randomUUID(), "NSP", "Police", "niche", "2", UUID.randomUUID(), values);
        var task = new Reviews.TaskRow(UUID.randomUUID(), "OPEN", Instant.EPOCH, 1.0, 0.6, false, "a", "b", 0);
        var detail = new Reviews.Detail(task, record, candidate, -10.0, List.of(
                new SingleView.Weight("given_name", "else", -6.0),
                new SingleView.Weight("family_name", "exact", 9.0),
                new SingleView.Weight("(household)", "could be two people of one household", -3.0)), "m1", List.of());

        assertThat(detail.otherWeights()).extracting(SingleView.Weight::field).containsExactly("(household)");
        double shown = values.keySet().stream().mapToDouble(detail::weightOf).sum()
                + detail.otherWeights().stream().mapToDouble(SingleView.Weight::weight).sum();
        assertThat(shown).isEqualTo(0.0);
        assertThat(Formats.field("(household)")).isEqualTo("Household (could be a twin or sibling)");
    }
}
