package org.interstice.intelligence.web;

import java.time.LocalDate;
import java.util.UUID;

/** What the network page shows, as types its template can use. */
public final class NetworkView {

    private NetworkView() {
    }

    /** One row of the table alternative: an entity with its group, community and centrality. */
    public record Row(UUID id, String label, String type, String role, int group, int community, int degree, double betweenness) {

        /** Betweenness to three significant figures, written out in full (0.000123, not 1.23E-4). */
        public String betweennessText() {
            return significant(betweenness);
        }
    }

    /** A number to three significant figures without an exponent. */
    public static String significant(double value) {
        if (value == 0) return "0";
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /**
     * How betweenness was estimated where it was not computed exactly: groups larger than {@code limit} entities,
     * {@code entities} entities in them, {@code sources} sources searched, and the mean and largest standard error.
     */
    public record Estimate(int groups, int entities, int limit, int sources, double typicalError, double largestError) {
        public String text() {
            return String.format(java.util.Locale.UK,
                    "Betweenness in %s larger than %,d entities is estimated, not computed exactly: shortest paths were "
                            + "followed from %,d of the %,d entities in %s as starting points instead of from all of them. "
                            + "Typical error ±%s, largest ±%s (standard errors, on the same scale as the scores).",
                    groups == 1 ? "the one group" : "the " + groups + " groups", limit, sources, entities, groups == 1 ? "it" : "them",
                    significant(typicalError), significant(largestError));
        }
    }

    /** A connected group of two or more entities. */
    public record GroupLine(int number, int entities, long suspects, long children) {
    }

    /** The page's filter: a group number and a period of assertion dates. */
    public record Filter(Integer group, LocalDate from, LocalDate to) {
        public String query() {
            StringBuilder q = new StringBuilder();
            if (group != null) q.append("group=").append(group).append('&');
            if (from != null) q.append("from=").append(from).append('&');
            if (to != null) q.append("to=").append(to).append('&');
            return q.toString();
        }

        public String groupText() { return group == null ? "" : group.toString(); }
        public String fromText() { return from == null ? "" : from.toString(); }
        public String toText() { return to == null ? "" : to.toString(); }
    }
}
