package org.interstice.protection.screening;

/**
 * An indicator found at screening. {@code recent}: present now or within the recent window (default 6 months);
 * {@code earlier}: present in the earlier window (default 6 to 12 months ago). Vulnerabilities have no recency and
 * are recorded as recent.
 */
public record Finding(Indicator indicator, boolean recent, boolean earlier) {

    public Finding {
        if (indicator.tier() == Tier.VULNERABILITY) {
            recent = true;
            earlier = false;
        }
    }

    public boolean present() {
        return recent || earlier;
    }
}
