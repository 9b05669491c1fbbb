package org.interstice.linkage;

/**
 * The result of comparing two records: the match weight (log2 odds), probability, explanation, and whether
 * the pair holds strong contrary evidence (such as two different valid NHS numbers).
 */
public record Comparison(double matchWeight, double matchProbability, Explanation explanation,
                         boolean strongContraryEvidence) {
}
