package org.interstice.protection.screening;

import java.time.LocalDate;
import java.util.List;

/** The outcome of a screening, with every contribution that drove it. */
public record ScreeningResult(int score, RiskLevel level, int levelCount, boolean disclosure,
                              List<Contribution> contributions, LocalDate rescreenDueOn) {

    /** Plain-English explanation of how the level was reached. */
    public String explanation() {
        if (disclosure) {
            return "A disclosure of exploitation sets the highest level, whatever the score (" + score + " points).";
        }
        return score + " points reach \"" + level.label() + "\" (from " + level.minScore() + " points).";
    }
}
