package org.interstice.linkage;

/** Two records (by id) a person decided are the same person ({@code match}) or not, for training. */
public record LabelledPair(String a, String b, boolean match) {
}
