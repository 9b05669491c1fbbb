package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.List;

import org.interstice.linkage.Contribution;
import org.interstice.linkage.Explanation;
import org.interstice.linkage.FieldType;
import org.interstice.linkage.internal.Similarity.Scratch;

/**
 * Fellegi-Sunter scoring: match weight = prior + sum over fields of log2(m/u) for the level the pair falls in
 * (0 when a value is missing), with term-frequency adjustment on exact levels and the household rule: when
 * given names clearly disagree, agreement on household fields (family name, address, postcode, city, phone)
 * is explained by the shared household, so it adds no positive weight.
 */
public final class Scorer {
    public final FieldComparison[] comps;
    public final double[][] m, u, w;
    private final double[] log2m0;
    private final boolean[] given;
    public final double prior;

    public Scorer(List<FieldComparison> comps, double[][] m, double[][] u, double lambda) {
        this.comps = comps.toArray(FieldComparison[]::new);
        this.m = m;
        this.u = u;
        int n = this.comps.length;
        w = new double[n][];
        log2m0 = new double[n];
        given = new boolean[n];
        for (int c = 0; c < n; c++) {
            w[c] = monotoneWeights(m[c], u[c]);
            log2m0[c] = log2(m[c][0]);
            given[c] = this.comps[c].field.type() == FieldType.GIVEN_NAME;
        }
        prior = log2(lambda / (1 - lambda));
    }

    /** log2(m/u) per level, made non-increasing so that closer agreement never weighs less. */
    public static double[] monotoneWeights(double[] m, double[] u) {
        double[] w = new double[m.length];
        for (int l = 0; l < m.length; l++) {
            w[l] = log2(m[l] / u[l]);
            if (l > 0 && w[l] > w[l - 1]) w[l] = w[l - 1];
        }
        return w;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Weight of the exact level adjusted for how common the value is (Splink's term-frequency adjustment). */
    double exactWeight(Dataset d, int c, int a) {
        Column col = d.columns[comps[c].column];
        int v = col.ids[a];
        double adj = log2m0[c] - (col.log2tf != null && v < col.log2tf.length ? col.log2tf[v] : log2(col.tf(v)));
        if (w[c].length > 1 && adj < w[c][1]) adj = w[c][1];
        return adj;
    }

    /** Match weight of rows a and b; allocation-free. */
    public double score(Dataset d, int a, int b, Scratch s, boolean useTf) {
        double total = prior, household = 0;
        boolean givenElse = false;
        for (int c = 0; c < comps.length; c++) {
            FieldComparison fc = comps[c];
            int l = fc.level(d, a, b, s);
            if (l < 0) continue;
            double wt = l == 0 && useTf && fc.tf ? exactWeight(d, c, a) : w[c][l];
            if (fc.household && wt > 0) household += wt;
            else total += wt;
            if (given[c] && l == w[c].length - 1) givenElse = true;
        }
        return givenElse ? total : total + household;
    }

    /** Both rows hold formally valid identifiers of the same kind that differ (e.g. two NHS numbers). */
    public boolean contrary(Dataset d, int a, int b) {
        for (FieldComparison fc : comps) {
            if (!fc.identifier) continue;
            int[] ids = d.columns[fc.column].ids;
            if (ids[a] >= 0 && ids[b] >= 0 && ids[a] != ids[b]) return true;
        }
        return false;
    }

    public Explanation explain(Dataset d, int a, int b, boolean useTf) {
        var s = new Scratch();
        var out = new ArrayList<Contribution>();
        boolean givenElse = false;
        int[] lv = new int[comps.length];
        for (int c = 0; c < comps.length; c++) {
            lv[c] = comps[c].level(d, a, b, s);
            if (given[c] && lv[c] == w[c].length - 1) givenElse = true;
        }
        for (int c = 0; c < comps.length; c++) {
            FieldComparison fc = comps[c];
            int l = lv[c];
            if (l < 0) {
                out.add(new Contribution(fc.field.name(), "null (missing)", 0));
                continue;
            }
            String level = fc.levels[l];
            double wt = w[c][l];
            if (l == 0 && useTf && fc.tf) {
                wt = exactWeight(d, c, a);
                level = level + " (term-frequency adjusted)";
            }
            if (fc.household && givenElse && wt > 0) {
                level = level + " (household evidence, given names differ: not counted)";
                wt = 0;
            }
            out.add(new Contribution(fc.field.name(), level, wt));
        }
        return new Explanation(out, prior, contrary(d, a, b));
    }
}
