package org.interstice.protection.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a screening, with every contribution that drove it: {@code scoredLevel} is where the score alone
 * falls, {@code level} the level set (by a disclosure, a significant incident or a professional judgement when
 * {@code basis} says so), {@code significantIncidents} the significant indicators found.
 */
public record ScreeningResult(int score, RiskLevel level, int levelCount, boolean disclosure,
                              List<Contribution> contributions, LocalDate rescreenDueOn, LevelBasis basis,
                              RiskLevel scoredLevel, List<Contribution> significantIncidents,
                              ProfessionalJudgement judgement) {

    /** Plain-English explanation of how the level was reached, as shown on the screening page and in the API. */
    public String explanation() {
        String points = score + " point" + (score == 1 ? "" : "s");
        return switch (basis) {
            case DISCLOSURE -> "A disclosure of exploitation sets the highest level, whatever the score (" + points + ").";
            case SIGNIFICANT_INCIDENT -> "Significant incident: " + incidentNames()
                    + ". A significant incident sets the highest level whatever the score (" + points
                    + ") and needs an immediate referral.";
            case PROFESSIONAL_JUDGEMENT -> "Raised to \"" + level.label() + "\" by the professional judgement of "
                    + judgement.by() + ": " + judgement.reason() + ". The score of " + points + " had reached \"" + scoredLevel.label() + "\".";
            case SCORE -> points + " reach \"" + level.label() + "\" (from " + level.minScore() + " points).";
        };
    }

    private String incidentNames() {
        return significantIncidents.stream()
                .map(c -> c.indicator().label() + " (" + c.recency().toLowerCase() + ")")
                .collect(Collectors.joining("; "));
    }
}
