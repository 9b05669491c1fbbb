package org.interstice.linkage;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair scored as it did: the prior weight plus one contribution per field. The match weight is
 * {@code prior() + sum of contribution weights}.
 */
public record Explanation(List<Contribution> contributions, double prior, boolean strongContraryEvidence) {
    public Explanation {
        contributions = List.copyOf(contributions);
    }

    public Explanation(List<Contribution> contributions) {
        this(contributions, 0, false);
    }

    public double matchWeight() {
        double w = prior;
        for (Contribution c : contributions) w += c.weight();
        return w;
    }

    /** A plain-text table, one line per field. */
    public String toTable() {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %-40s %8s%n", "field", "level", "weight"));
        sb.append(String.format(Locale.ROOT, "%-22s %-40s %8.2f%n", "(prior)", "", prior));
        for (Contribution c : contributions) {
            sb.append(String.format(Locale.ROOT, "%-22s %-40s %8.2f%n", c.field(), c.level(), c.weight()));
        }
        double w = matchWeight();
        sb.append(String.format(Locale.ROOT, "%-22s %-40s %8.2f%n", "match weight", "", w));
        sb.append(String.format(Locale.ROOT, "%-22s %-40s %8.6f%n", "match probability", "", Probability.of(w)));
        return sb.toString();
    }
}
