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
 * is explained by the shared household, so it adds no positive weight, unless the records carry the same
 * identifier (exactly or with one keying error): siblings and twins have different identifiers.
 */
public final class Scorer {
    public final FieldComparison[] comps;
    public final double[][] m, u, w;
    private final double[] log2m0;
    private final boolean[] given, dob, family, place;
    /** The explanation row that weighs the pair against being two people of one household. */
    public static final String HOUSEHOLD = "(household)";
    /** Assumed share of pairs of different people in one household that share a date of birth (twins). */
    public static final double TWIN_SHARE = 0.03;
    private final double dobInHousehold;
    public final double prior;

    /**
     * log2 of the prior odds, among pairs of records that share family name and place, of "the same person"
     * against "different people of one household" (estimated from the data in training; 0 = as many of each).
     */
    public final double householdOdds;

    public Scorer(List<FieldComparison> comps, double[][] m, double[][] u, double lambda) {
        this(comps, m, u, lambda, 0);
    }

    public Scorer(List<FieldComparison> comps, double[][] m, double[][] u, double lambda, double householdOdds) {
        this.householdOdds = householdOdds;
        this.comps = comps.toArray(FieldComparison[]::new);
        this.m = m;
        this.u = u;
        int n = this.comps.length;
        w = new double[n][];
        log2m0 = new double[n];
        given = new boolean[n];
        dob = new boolean[n];
        family = new boolean[n];
        place = new boolean[n];
        for (int c = 0; c < n; c++) {
            w[c] = monotoneWeights(m[c], u[c], this.comps[c].side);
            log2m0[c] = log2(m[c][0]);
            given[c] = this.comps[c].field.type() == FieldType.GIVEN_NAME;
            dob[c] = this.comps[c].field.type() == FieldType.DOB;
            family[c] = this.comps[c].field.type() == FieldType.FAMILY_NAME;
            place[c] = this.comps[c].household && !family[c];
        }
        prior = log2(lambda / (1 - lambda));
        double cap = Double.POSITIVE_INFINITY;
        for (int c = 0; c < n; c++) if (dob[c]) cap = Math.min(cap, log2(m[c][0] / TWIN_SHARE));
        dobInHousehold = cap;
    }

    /**
     * log2(m/u) per level, made non-increasing along the similarity chain (closer agreement never weighs
     * less) by pooling adjacent violating levels (pool-adjacent-violators on m and u). Side levels (nickname,
     * swapped names) lie off the chain and are bounded by the chain's first and last levels.
     */
    public static double[] monotoneWeights(double[] m, double[] u, boolean[] side) {
        int n = m.length;
        double[] w = new double[n];
        int[] chain = new int[n];
        int k = 0;
        for (int l = 0; l < n; l++) if (side == null || !side[l]) chain[k++] = l;
        double[] bm = new double[k], bu = new double[k];
        int[] bstart = new int[k];
        int top = -1;
        for (int i = 0; i < k; i++) {
            top++;
            bm[top] = m[chain[i]];
            bu[top] = u[chain[i]];
            bstart[top] = i;
            while (top > 0 && bm[top] / bu[top] > bm[top - 1] / bu[top - 1]) {
                bm[top - 1] += bm[top];
                bu[top - 1] += bu[top];
                top--;
            }
        }
        for (int b = 0; b <= top; b++) {
            int end = b == top ? k : bstart[b + 1];
            double wt = log2(bm[b] / bu[b]);
            for (int i = bstart[b]; i < end; i++) w[chain[i]] = wt;
        }
        if (k > 0) {
            double hi = w[chain[0]], lo = w[chain[k - 1]];
            for (int l = 0; l < n; l++) {
                if (side != null && side[l]) w[l] = Math.max(lo, Math.min(hi, log2(m[l] / u[l])));
            }
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
        double total = prior, placeMax = 0, placeMin = 0, familyPos = 0, dobPos = 0;
        boolean givenElse = false, placeAgrees = false, sameId = false;
        for (int c = 0; c < comps.length; c++) {
            FieldComparison fc = comps[c];
            int l = fc.level(d, a, b, s);
            if (l < 0) continue;
            double wt = l == 0 && useTf && fc.tf ? exactWeight(d, c, a) : w[c][l];
            if (place[c]) {
                if (wt > 0) {
                    placeAgrees = true;
                    if (wt > placeMax) placeMax = wt;
                } else if (wt < placeMin) {
                    placeMin = wt;
                }
            } else if (family[c] && wt > 0) {
                familyPos += wt;
            } else if (dob[c] && wt > 0) {
                dobPos += wt;
            } else {
                total += wt;
            }
            if (given[c] && l == w[c].length - 1) givenElse = true;
            if (l <= fc.agreeLevel) sameId = true;
        }
        double placeW = placeAgrees ? placeMax : placeMin;
        double plain = total + placeW + familyPos + dobPos;
        if (givenElse && familyPos > 0 && !sameId) { // the household rule (see explain)
            double household = householdOdds + (total - prior) + (placeAgrees ? 0 : placeMin) + Math.min(dobPos, dobInHousehold);
            return either(plain, household);
        }
        return plain;
    }

    /**
     * Match weight against two alternatives at once: log2 P(match) / (P(random pair) + P(household pair)),
     * from the log2 odds against each, -log2(2^-a + 2^-b).
     */
    static double either(double a, double b) {
        double lo = Math.min(a, b), hi = Math.max(a, b);
        return lo - Math.log1p(Math.pow(2, lo - hi)) / Math.log(2);
    }

    /** Both rows hold formally valid identifiers of the same kind that differ (e.g. two NHS numbers). */
    public boolean contrary(Dataset d, int a, int b) {
        for (FieldComparison fc : comps) {
            if (!fc.identifier) continue;
            Column c = d.columns[fc.column];
            int va = c.ids[a], vb = c.ids[b];
            if (va >= 0 && vb >= 0 && va != vb && fc.valid(c.dict, va) && fc.valid(c.dict, vb)) return true;
        }
        return false;
    }

    /**
     * Explains {@link #score}: the weight per field after the dependence corrections. Place fields (address,
     * postcode, city, phone) describe one fact, where the person lives, so they count once: the strongest
     * agreement, or if none agrees the strongest disagreement. The household rule: siblings and twins share
     * family name and place (twins also date of birth); when given names clearly disagree (the "else" level:
     * not a typo, nickname or swap) and the family name agrees, family name and place count once together, and
     * an agreeing date of birth is weighed against the chance that two people of one household share it. The
     * rule yields when an identifier agrees or differs by one keying error: a twin has an identifier of their
     * own, not a mistyped copy of their sibling's.
     */
    public Explanation explain(Dataset d, int a, int b, boolean useTf) {
        var s = new Scratch();
        int n = comps.length;
        int[] lv = new int[n];
        double[] wt = new double[n];
        boolean givenElse = false, sameId = false;
        int placeMax = -1, placeMin = -1, familyC = -1;
        double familyPos = 0;
        for (int c = 0; c < n; c++) {
            lv[c] = comps[c].level(d, a, b, s);
            if (lv[c] < 0) continue;
            wt[c] = lv[c] == 0 && useTf && comps[c].tf ? exactWeight(d, c, a) : w[c][lv[c]];
            if (given[c] && lv[c] == w[c].length - 1) givenElse = true;
            if (lv[c] <= comps[c].agreeLevel) sameId = true;
            if (place[c]) {
                if (wt[c] > 0 && (placeMax < 0 || wt[c] > wt[placeMax])) placeMax = c;
                if (wt[c] < 0 && (placeMin < 0 || wt[c] < wt[placeMin])) placeMin = c;
            }
            if (family[c] && wt[c] > 0) {
                familyPos += wt[c];
                familyC = c;
            }
        }
        boolean rule = givenElse && familyPos > 0 && !sameId;
        int keepPlace = placeMax >= 0 ? placeMax : placeMin;
        var out = new ArrayList<Contribution>();
        double plain = prior;
        for (int c = 0; c < n; c++) {
            FieldComparison fc = comps[c];
            int l = lv[c];
            if (l < 0) {
                out.add(new Contribution(fc.field.name(), "null (missing)", 0));
                continue;
            }
            String level = fc.levels[l];
            double x = wt[c];
            if (l == 0 && useTf && fc.tf) level += " (term-frequency adjusted)";
            if (place[c] && c != keepPlace) {
                level += " (place evidence counted once)";
                x = 0;
            }
            plain += x;
            out.add(new Contribution(fc.field.name(), level, x));
        }
        if (rule) {
            double w = score(d, a, b, s, useTf);
            out.add(new Contribution(HOUSEHOLD, String.format(java.util.Locale.ROOT,
                    "given names differ: two people of one household (twins if born the same day)? prior log2 odds %.2f",
                    householdOdds), w - plain));
        }
        return new Explanation(out, prior, contrary(d, a, b));
    }
}
