package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.util.Optional;

/**
 * Where a suspect stands on the criminal justice pathway. Moves are guarded: each returns the new pathway or the
 * reason it is refused.
 */
public record Pathway(Stage stage, Outcome outcome, OutcomeGroup outcomeGroup) {

    public static final Pathway NAMED = new Pathway(Stage.NAMED, null, null);

    public boolean closed() {
        return stage == Stage.OUTCOME;
    }

    /** Move to the next stage; a pathway closed with no further action may be re-opened as an investigation. */
    public Move advanceTo(Stage target) {
        if (target == Stage.OUTCOME) return Move.refused("Record an outcome (conviction, acquittal or no further action) instead");
        if (closed()) {
            if (outcome == Outcome.NO_FURTHER_ACTION && target == Stage.INVESTIGATION)
                return Move.to(new Pathway(Stage.INVESTIGATION, null, null));
            return Move.refused("The pathway ended in " + outcome.label().toLowerCase()
                    + (outcome == Outcome.NO_FURTHER_ACTION ? "; it can only be re-opened as an investigation" : "; it cannot move on"));
        }
        if (target == stage) return Move.refused("The suspect is already at this stage: " + stage.label().toLowerCase());
        if (target.ordinal() < stage.ordinal())
            return Move.refused("The pathway cannot move back from " + stage.label().toLowerCase() + " to " + target.label().toLowerCase());
        if (target != stage.next())
            return Move.refused("The next stage after " + stage.label().toLowerCase() + " is " + stage.next().label().toLowerCase());
        return Move.to(new Pathway(target, null, null));
    }

    /** Close the pathway with an outcome. Conviction and acquittal need a prosecution; no further action needs its outcome group. */
    public Move close(Outcome result, OutcomeGroup group) {
        if (result == null) return Move.refused("Choose the outcome");
        if (closed()) return Move.refused("An outcome is already recorded: " + outcome.label().toLowerCase());
        switch (result) {
            case CONVICTION, ACQUITTAL -> {
                if (stage != Stage.PROSECUTION)
                    return Move.refused(result.label() + " can only follow a prosecution; the suspect is at: " + stage.label().toLowerCase());
                return Move.to(new Pathway(Stage.OUTCOME, result, OutcomeGroup.CHARGED_OR_SUMMONSED));
            }
            default -> {
                if (group == null) return Move.refused("Choose the Home Office outcome group for no further action");
                if (group == OutcomeGroup.CHARGED_OR_SUMMONSED)
                    return Move.refused("No further action cannot have the outcome group \"charged or summonsed\"");
                return Move.to(new Pathway(Stage.OUTCOME, result, group));
            }
        }
    }

    /** A guarded move: the new pathway, or the reason it was refused. */
    public record Move(Pathway pathway, String refusal) {
        static Move to(Pathway p) { return new Move(p, null); }
        static Move refused(String reason) { return new Move(null, reason); }
        public boolean allowed() { return refusal == null; }
        public Optional<String> reason() { return Optional.ofNullable(refusal); }
    }
}
