package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void a_current_grade_has_a_numbered_source_a_lettered_assessment_and_p_or_c() {
        Grade.Result r = Grade.parse("3x5x2", "1", "b", "C");
        assertThat(r.value()).contains(new Grade.Current(1, 'B', 'C'));
        assertThat(r.grade().restricted()).isTrue();
        assertThat(r.grade().display()).isEqualTo("3x5x2 1B C");
    }

    @Test
    void a_legacy_looking_grade_offered_as_3x5x2_is_refused_with_the_reason() {
        Grade.Result r = Grade.parse("3x5x2", "B", "2", "P");
        assertThat(r.value()).isEmpty();
        assertThat(r.field()).isEqualTo("source");
        assertThat(r.reason()).contains("looks like a legacy 5x5x5 grade");
    }

    @Test
    void a_current_looking_grade_offered_as_5x5x5_is_refused_with_the_reason() {
        assertThat(Grade.parse("5x5x5", "2", "B", "1").reason()).contains("looks like a current 3x5x2 grade");
    }

    @Test
    void source_4_information_f_and_handling_x_are_not_3x5x2() {
        assertThat(Grade.parse("3x5x2", "4", "A", "P").reason()).isEqualTo("Source evaluation must be 1, 2 or 3");
        assertThat(Grade.parse("3x5x2", "1", "F", "P").reason()).isEqualTo("Intelligence assessment must be A, B, C, D or E");
        assertThat(Grade.parse("3x5x2", "1", "A", "4").reason()).isEqualTo("Handling code must be P or C");
        assertThat(Grade.parse("3x5x2", "", "A", "P").field()).isEqualTo("source");
    }

    @Test
    void legacy_grades_are_kept_as_legacy_and_handling_4_and_5_are_restricted() {
        Grade g = Grade.parse("5x5x5", "B", "2", "4").grade();
        assertThat(g).isInstanceOf(Grade.Legacy.class);
        assertThat(g.system()).isEqualTo("5x5x5");
        assertThat(g.restricted()).isTrue();
        assertThat(Grade.parse("5x5x5", "A", "1", "1").grade().restricted()).isFalse();
    }

    @Test
    void stored_columns_rebuild_the_same_grade_in_the_same_system() {
        assertThat(Grade.of("3x5x2", "2", "C", "P")).isEqualTo(new Grade.Current(2, 'C', 'P'));
        assertThat(Grade.of("5x5x5", "C", "3", "2")).isEqualTo(new Grade.Legacy('C', 3, 2));
        assertThatThrownBy(() -> Grade.of("3x5x2", "C", "3", "2")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void an_unknown_system_is_refused() {
        assertThat(Grade.parse("4x4", "1", "A", "P").field()).isEqualTo("system");
    }
}
