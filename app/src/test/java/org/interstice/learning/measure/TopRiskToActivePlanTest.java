package org.interstice.learning.measure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopRiskToActivePlanTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(TopRiskToActivePlan.median(List.of(9, 2, 5))).isEqualTo(5.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(TopRiskToActivePlan.median(List.of(4, 1, 8, 5))).isEqualTo(4.5);
    }
}
