package org.interstice.linkage.internal;

import java.util.ArrayList;
import java.util.List;

import org.interstice.linkage.FieldType;
import org.interstice.linkage.internal.BlockingRule.Part;
import org.interstice.linkage.internal.BlockingRule.Transform;

/**
 * Default rules derived from the field types present (never from labels). Prediction blocking is a union of
 * rules each of which survives a different kind of error; training rules are strict; deterministic rules
 * (for the prior) require exact agreement on several identifying fields.
 */
public final class Rules {
    private Rules() {
    }

    private static int first(Dataset d, FieldType t) {
        for (int i = 0; i < d.columns.length; i++) if (d.columns[i].field.type() == t) return i;
        return -1;
    }

    private static List<Integer> all(Dataset d, FieldType t) {
        var out = new ArrayList<Integer>();
        for (int i = 0; i < d.columns.length; i++) if (d.columns[i].field.type() == t) out.add(i);
        return out;
    }

    private static double distinctRatio(Dataset d, int col) {
        Column c = d.columns[col];
        if (c.nonNull == 0) return 0;
        int distinct = 0;
        for (int v = 0; v < Math.min(c.counts.length, c.dict.size); v++) if (c.counts[v] > 0) distinct++;
        return distinct / (double) c.nonNull;
    }

    /** A field whose exact values alone make small blocks: at most two candidate pairs per record overall. */
    static boolean selective(Dataset d, int col) {
        Column c = d.columns[col];
        long pairs = 0;
        for (int v = 0; v < Math.min(c.counts.length, c.dict.size); v++) pairs += (long) c.counts[v] * (c.counts[v] - 1) / 2;
        return c.nonNull > 0 && pairs <= 2L * d.size;
    }

    /**
     * Like {@link #selective} for the values of several columns pooled (a value counts whatever its column),
     * with the budget of the per-column rules it replaces: two candidate pairs per record per column.
     */
    static boolean selectiveAnyColumn(Dataset d, List<Integer> cols) {
        var counts = new java.util.HashMap<String, Integer>();
        for (int c : cols) {
            Column col = d.columns[c];
            for (int v = 0; v < Math.min(col.counts.length, col.dict.size); v++) {
                if (col.counts[v] > 0) counts.merge(col.dict.values[v], col.counts[v], Integer::sum);
            }
        }
        long pairs = 0;
        for (int k : counts.values()) pairs += (long) k * (k - 1) / 2;
        return !counts.isEmpty() && pairs <= 2L * d.size * cols.size();
    }

    private static Part p(Transform t, int c) {
        return new Part(t, c, -1);
    }

    public static List<BlockingRule> prediction(Dataset d) {
        int g = first(d, FieldType.GIVEN_NAME), f = first(d, FieldType.FAMILY_NAME), fn = first(d, FieldType.FULL_NAME);
        int dob = first(d, FieldType.DOB), pc = first(d, FieldType.POSTCODE);
        var rules = new ArrayList<BlockingRule>();
        for (FieldType t : List.of(FieldType.NHS_NUMBER, FieldType.UPN, FieldType.PNC_ID, FieldType.IDENTIFIER, FieldType.EMAIL,
                FieldType.PHONE)) {
            for (int c : all(d, t)) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        if (dob >= 0) {
            if (g >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob), p(Transform.INITIAL, g)));
            if (f >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob), p(Transform.INITIAL, f)));
            if (fn >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob), p(Transform.INITIAL, fn)));
            if (g < 0 && f < 0 && fn < 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob)));
        }
        if (g >= 0 && f >= 0) {
            if (dob >= 0) { // a date of birth with one wrong part: year, or month and day
                rules.add(BlockingRule.of(p(Transform.VALUE, f), p(Transform.INITIAL, g), p(Transform.YEAR, dob)));
                rules.add(BlockingRule.of(p(Transform.VALUE, f), p(Transform.INITIAL, g), p(Transform.MONTH_DAY, dob)));
            } else {
                rules.add(BlockingRule.of(p(Transform.VALUE, f), p(Transform.INITIAL, g)));
            }
            rules.add(BlockingRule.of(new Part(Transform.UNORDERED_PAIR, g, f)));
        }
        if (fn >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, fn)));
        if (pc >= 0) {
            int name = g >= 0 ? g : fn >= 0 ? fn : f;
            if (name >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, pc), p(Transform.INITIAL, name)));
            if (name < 0 && f < 0) rules.add(BlockingRule.of(p(Transform.VALUE, pc)));
        }
        if (dob >= 0 && f >= 0) {
            if (g >= 0) rules.add(BlockingRule.of(p(Transform.METAPHONE, f), p(Transform.INITIAL, g), p(Transform.YEAR, dob)));
            else rules.add(BlockingRule.of(p(Transform.METAPHONE, f), p(Transform.YEAR, dob)));
        }
        if (dob >= 0 && pc >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob), p(Transform.VALUE, pc)));
        List<Integer> addresses = all(d, FieldType.ADDRESS);
        if (addresses.size() >= 2 && selectiveAnyColumn(d, addresses)) {
            // an address split over several columns (house name, street, locality) is often split differently,
            // or the parts swapped, by another system: block on each part whichever column holds it
            var parts = new ArrayList<Part>();
            for (int c : addresses) parts.add(p(Transform.ANY_COLUMN, c));
            rules.add(new BlockingRule(parts));
        } else {
            for (int c : addresses) if (selective(d, c)) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        for (int c : all(d, FieldType.OTHER)) {
            if (selective(d, c)) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        for (int c : all(d, FieldType.IDENTIFIER)) { // a keying error: one character changed, added, lost or swapped
            rules.add(BlockingRule.of(p(Transform.DELETIONS, c)));
        }
        if (rules.isEmpty()) {
            for (int c = 0; c < d.columns.length; c++) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        return rules;
    }

    /**
     * Strict rules for EM, in round robin: each leaves other fields free to be estimated. They block on
     * person-level fields only: within a postcode or address block most pairs are members of one household,
     * and EM would learn "same household" instead of "same person".
     */
    public static List<BlockingRule> training(Dataset d) {
        int g = first(d, FieldType.GIVEN_NAME), f = first(d, FieldType.FAMILY_NAME), fn = first(d, FieldType.FULL_NAME);
        int dob = first(d, FieldType.DOB);
        var rules = new ArrayList<BlockingRule>();
        if (g >= 0 && f >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, g), p(Transform.VALUE, f)));
        else if (fn >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, fn)));
        if (dob >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, dob)));
        for (FieldType t : List.of(FieldType.NHS_NUMBER, FieldType.UPN, FieldType.PNC_ID, FieldType.IDENTIFIER)) {
            int c = first(d, t);
            if (c >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        for (int c : all(d, FieldType.OTHER)) {
            if (rules.size() >= 2) break;
            if (selective(d, c)) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        if (rules.size() < 2 && f >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, f)));
        if (rules.size() < 2) {
            for (int c = 0; c < d.columns.length && rules.size() < 2; c++) {
                var r = BlockingRule.of(p(Transform.VALUE, c));
                if (!rules.contains(r)) rules.add(r);
            }
        }
        return rules;
    }

    /** Rules that almost certainly identify a match, for estimating the prior. */
    public static List<BlockingRule> deterministic(Dataset d) {
        int g = first(d, FieldType.GIVEN_NAME), f = first(d, FieldType.FAMILY_NAME), fn = first(d, FieldType.FULL_NAME);
        int dob = first(d, FieldType.DOB), pc = first(d, FieldType.POSTCODE);
        var rules = new ArrayList<BlockingRule>();
        for (FieldType t : List.of(FieldType.NHS_NUMBER, FieldType.UPN, FieldType.PNC_ID)) {
            for (int c : all(d, t)) rules.add(BlockingRule.of(p(Transform.VALUE, c)));
        }
        if (g >= 0 && f >= 0) {
            if (dob >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, g), p(Transform.VALUE, f), p(Transform.VALUE, dob)));
            if (pc >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, g), p(Transform.VALUE, f), p(Transform.VALUE, pc)));
        } else if (fn >= 0) {
            if (dob >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, fn), p(Transform.VALUE, dob)));
            if (pc >= 0) rules.add(BlockingRule.of(p(Transform.VALUE, fn), p(Transform.VALUE, pc)));
        }
        if (rules.isEmpty()) {
            var parts = new ArrayList<Part>();
            for (int c = 0; c < d.columns.length; c++) parts.add(p(Transform.VALUE, c));
            rules.add(new BlockingRule(parts));
        }
        return rules;
    }
}
