package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayTest {

    @Test
    void a_named_suspect_moves_one_stage_at_a_time() {
        Pathway.Move m = Pathway.NAMED.advanceTo(Stage.IDENTIFIED);
        assertThat(m.allowed()).isTrue();
        assertThat(m.pathway().stage()).isEqualTo(Stage.IDENTIFIED);
        assertThat(Pathway.NAMED.advanceTo(Stage.CHARGED).reason())
                .contains("The next stage after named is identified");
    }

    @Test
    void the_pathway_never_moves_back() {
        Pathway p = new Pathway(Stage.FILE_TO_CPS, null, null);
        assertThat(p.advanceTo(Stage.INVESTIGATION).reason()).get().asString().contains("cannot move back");
        assertThat(p.advanceTo(Stage.FILE_TO_CPS).reason()).get().asString().contains("already at this stage");
    }

    @Test
    void conviction_needs_a_prosecution() {
        assertThat(new Pathway(Stage.CHARGED, null, null).close(Outcome.CONVICTION, null).reason())
                .get().asString().contains("can only follow a prosecution");
        Pathway.Move m = new Pathway(Stage.PROSECUTION, null, null).close(Outcome.CONVICTION, null);
        assertThat(m.pathway().outcome()).isEqualTo(Outcome.CONVICTION);
        assertThat(m.pathway().closed()).isTrue();
    }

    @Test
    void no_further_action_needs_a_home_office_outcome_group_other_than_charged() {
        Pathway p = new Pathway(Stage.INVESTIGATION, null, null);
        assertThat(p.close(Outcome.NO_FURTHER_ACTION, null).reason()).get().asString().contains("outcome group");
        assertThat(p.close(Outcome.NO_FURTHER_ACTION, OutcomeGroup.CHARGED_OR_SUMMONSED).allowed()).isFalse();
        assertThat(p.close(Outcome.NO_FURTHER_ACTION, OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS).pathway().outcomeGroup())
                .isEqualTo(OutcomeGroup.EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS);
    }

    @Test
    void no_further_action_can_be_reopened_as_an_investigation_but_a_conviction_cannot_move() {
        Pathway nfa = new Pathway(Stage.OUTCOME, Outcome.NO_FURTHER_ACTION, OutcomeGroup.PROSECUTION_PREVENTED);
        assertThat(nfa.advanceTo(Stage.INVESTIGATION).pathway().stage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(nfa.advanceTo(Stage.CHARGED).allowed()).isFalse();
        Pathway convicted = new Pathway(Stage.OUTCOME, Outcome.CONVICTION, OutcomeGroup.CHARGED_OR_SUMMONSED);
        assertThat(convicted.advanceTo(Stage.INVESTIGATION).reason()).get().asString().contains("cannot move on");
        assertThat(convicted.close(Outcome.ACQUITTAL, null).allowed()).isFalse();
    }

    @Test
    void ethnicity_and_nationality_have_explicit_unknown_codes() {
        assertThat(Ethnicity.NOBT.known()).isFalse();
        assertThat(Ethnicity.REFU.known()).isFalse();
        assertThat(Ethnicity.APKN.known()).isTrue();
        assertThat(Nationality.parse("gb")).get().extracting(Nationality::label).isEqualTo("United Kingdom");
        assertThat(Nationality.REFUSED.known()).isFalse();
        assertThat(Nationality.parse("ZZ")).isEmpty();
        assertThat(Nationality.choices().get(0).code()).isEqualTo("NOBT");
    }
}
