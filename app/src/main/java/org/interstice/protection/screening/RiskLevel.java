package org.interstice.protection.screening;

/** One level of a risk vocabulary: rank 1 is the lowest; a score at or above {@code minScore} reaches it. */
public record RiskLevel(int rank, String label, int minScore) {
}
