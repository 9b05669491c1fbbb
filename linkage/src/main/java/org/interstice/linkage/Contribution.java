package org.interstice.linkage;

/** The weight (log2 Bayes factor) one field contributed, and the comparison level it fell in. */
public record Contribution(String field, String level, double weight) {
}
