package org.interstice.protection.screening;

/**
 * Points per indicator by tier and recency. {@link #seraf()} is the Hampshire SERAF scheme: each vulnerability 1,
 * each recent moderate indicator 1, each significant indicator 5 if recent, 1 if earlier, 6 if both.
 */
public record ScoringScheme(int vulnerability, int moderateRecent, int moderateEarlier, int significantRecent,
                            int significantEarlier) {

    public static ScoringScheme seraf() {
        return new ScoringScheme(1, 1, 0, 5, 1);
    }

    public int points(Finding finding) {
        return switch (finding.indicator().tier()) {
            case VULNERABILITY -> vulnerability;
            case MODERATE -> (finding.recent() ? moderateRecent : 0) + (finding.earlier() ? moderateEarlier : 0);
            case SIGNIFICANT -> (finding.recent() ? significantRecent : 0) + (finding.earlier() ? significantEarlier : 0);
        };
    }
}
