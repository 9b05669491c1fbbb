package org.interstice.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's exploitation risk was screened. {@code levelRank} counts from 1 (lowest) to {@code levelCount} in the
 * partnership's vocabulary at the time; {@code rose} is true when the rank is higher than at the previous screening.
 */
public record RiskAssessed(UUID screeningId, UUID subjectId, LocalDate screenedOn, int levelRank, int levelCount,
                           String levelLabel, boolean rose) {
}
