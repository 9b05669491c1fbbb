package org.interstice.protection.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatutoryCeilingTest {

    private static final String WT = "Working Together to Safeguard Children 2023";

    @Test
    void an_initial_conference_later_than_15_working_days_is_refused_naming_the_statute() {
        assertThat(new StatutoryCeiling(WT, 15, "WORKING_DAYS").refusal(16)).contains(
                "Working Together to Safeguard Children 2023 sets at most 15 working days; a local timescale may be"
                        + " shorter, never longer");
    }

    @Test
    void the_statutory_figure_itself_and_anything_shorter_are_allowed() {
        StatutoryCeiling icpc = new StatutoryCeiling(WT, 15, "WORKING_DAYS");
        assertThat(icpc.refusal(15)).isEmpty();
        assertThat(icpc.refusal(10)).isEmpty();
    }

    @Test
    void the_ceiling_reads_in_its_own_unit() {
        assertThat(new StatutoryCeiling(WT, 1, "WORKING_DAYS").describe()).isEqualTo("1 working day");
        assertThat(new StatutoryCeiling(WT, 3, "MONTHS").refusal(4)).hasValueSatisfying(
                message -> assertThat(message).startsWith(WT + " sets at most 3 months"));
    }
}
