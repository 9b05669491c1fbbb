package org.interstice.protection.timeline;

/**
 * Local timescales for the statutory timeline. Working-day figures count working days; review intervals are
 * calendar months. {@link #defaults()} holds the figures in docs/domain.md (strategy discussion and visits are
 * local choices; the 6-month later review interval and the 10-working-day core group are unverified for WT 2023).
 */
public record Timescales(int referralDecisionWorkingDays, int assessmentWorkingDays,
                         int strategyDiscussionWorkingDays, int icpcWorkingDays, int firstReviewMonths,
                         int laterReviewMonths, int visitWorkingDays, int coreGroupWorkingDays) {

    public static Timescales defaults() {
        return new Timescales(1, 45, 1, 15, 3, 6, 10, 10);
    }
}
