package org.interstice.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.interstice.linkage.internal.Clusterer;
import org.interstice.linkage.internal.Dataset;
import org.interstice.linkage.internal.Predictor;

/**
 * The CLI's {@code dedupe} as a library call: every blocked pair of the records scored with a model, then connected
 * components over the pairs at or above the threshold, strongest first, refusing a merge that would put two
 * different valid NHS numbers, UPNs or PNC ids in one cluster. The same blocking, cap, threshold and cluster rule
 * as the command line, so an application that clusters with it forms the clusters the CLI forms.
 *
 * <p>The result does not depend on the order of the records given: they are sorted by their values first (records
 * with identical values are interchangeable), then by id.
 */
public final class Dedupe {

    /** A scored pair at or above the threshold (ids of the two records, weight, probability). */
    public record Link(String a, String b, double matchWeight, double matchProbability) {
    }

    /** Each record's cluster number, and the links that formed the clusters (every pair at or above the threshold). */
    public record Result(Map<String, Integer> clusterOf, List<Link> links, int clusters, int refusedByIdentifiers) {
    }

    private Dedupe() {
    }

    public static Result cluster(LinkageModel model, List<Record> records, double thresholdProbability, int threads) {
        Dataset d = new Dataset(model.schema());
        for (Record r : canonicalOrder(records)) d.add(r, (byte) 0, true);
        double tw = Probability.weightOf(thresholdProbability);
        var pr = Predictor.run(d, model.scorer(), model.blockingRules(), false, tw, Math.max(1, threads),
                Predictor.DEFAULT_BLOCK_CAP, s -> { });
        var cl = Clusterer.cluster(d, model.scorer(), pr.edges(), tw, false);
        Map<String, Integer> clusterOf = new HashMap<>(d.size * 2);
        for (int i = 0; i < d.size; i++) clusterOf.put(d.recordIds[i], cl.clusterOf()[i]);
        List<Link> links = new ArrayList<>();
        var e = pr.edges();
        for (int i = 0; i < e.size; i++) {
            if (e.w[i] >= tw) links.add(new Link(d.recordIds[e.a[i]], d.recordIds[e.b[i]], e.w[i], Probability.of(e.w[i])));
        }
        return new Result(clusterOf, links, cl.clusters(), cl.refusedByIdentifiers());
    }

    /**
     * The records sorted by their values (then id): training and clustering see the same sequence whatever order
     * the records arrived in, so the same records give the same model and the same clusters.
     */
    public static List<Record> canonicalOrder(List<Record> records) {
        List<String> fields = new ArrayList<>();
        List<Record> sorted = new ArrayList<>(records);
        if (!records.isEmpty()) {
            records.forEach(r -> r.values().keySet().forEach(k -> {
                if (!fields.contains(k)) fields.add(k);
            }));
            fields.sort(Comparator.naturalOrder());
        }
        Map<Record, String> keys = new java.util.IdentityHashMap<>(sorted.size() * 2);
        for (Record r : sorted) {
            StringBuilder sb = new StringBuilder(128);
            for (String f : fields) {
                String v = r.value(f);
                sb.append(v == null ? "" : v).append('\u001f');
            }
            keys.put(r, sb.toString());
        }
        sorted.sort(Comparator.comparing((Record r) -> keys.get(r)).thenComparing(Record::id));
        return sorted;
    }
}
