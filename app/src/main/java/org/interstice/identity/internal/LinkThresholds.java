package org.interstice.identity.internal;

/**
 * Where a candidate's match weight (log2 Bayes factor from the linkage model) sends a new record: linked
 * automatically at or above {@code upper}, a review task from {@code lower} up to {@code upper}, a new subject below.
 */
public record LinkThresholds(double lower, double upper) {

    public enum Outcome { AUTO_LINK, REVIEW, NEW_SUBJECT }

    public LinkThresholds {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("the lower threshold (" + lower + ") must be below the upper (" + upper + ")");
        }
    }

    /**
     * @param contrary strong evidence the two are different people (two different valid NHS numbers): never
     *                 linked automatically, however high the weight, but shown to a person
     */
    public Outcome decide(double bestWeight, boolean contrary) {
        if (bestWeight >= upper) {
            return contrary ? Outcome.REVIEW : Outcome.AUTO_LINK;
        }
        if (bestWeight >= lower) {
            return Outcome.REVIEW;
        }
        return Outcome.NEW_SUBJECT;
    }
}
