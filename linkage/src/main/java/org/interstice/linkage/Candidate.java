package org.interstice.linkage;

/** A record of the indexed population scored against a query record. */
public record Candidate(String recordId, double matchWeight, double matchProbability, Explanation explanation) {

    /** True when the pair holds strong contrary evidence, such as two different valid NHS numbers. */
    public boolean strongContraryEvidence() {
        return explanation.strongContraryEvidence();
    }
}
