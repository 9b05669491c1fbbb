package org.interstice.protection.screening;

/** What one finding contributed to a screening score: a reason behind the result. */
public record Contribution(Indicator indicator, boolean recent, boolean earlier, int points) {

    public String recency() {
        if (indicator.tier() == Tier.VULNERABILITY) {
            return "Present";
        }
        if (recent && earlier) {
            return "Recent and earlier";
        }
        return recent ? "Recent" : "Earlier only";
    }
}
