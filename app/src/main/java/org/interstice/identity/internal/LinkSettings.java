package org.interstice.identity.internal;

import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Probability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Local policy for linking (configuration, see application.properties): the match-weight thresholds, the seed
 * used when training, and how many records are needed before a first model is trained.
 */
@Component
class LinkSettings {

    private final LinkThresholds thresholds;
    private final long seed;
    private final int minimumTrainingRecords;
    private final double retrainGrowth;

    /**
     * @param upper the engine's own clustering threshold by default (match probability 0.95, weight log2 19 = 4.25),
     *              so the app links exactly what {@code interstice-linkage.jar dedupe} links
     * @param retrainGrowth retrain before an import that makes the region's records grow by at least this share
     *                      since the active model was trained
     */
    LinkSettings(@Value("${interstice.identity.link.lower-weight:0}") double lower,
                 @Value("${interstice.identity.link.upper-weight:#{null}}") Double upper,
                 @Value("${interstice.identity.link.seed:20261128}") long seed,
                 @Value("${interstice.identity.link.minimum-training-records:200}") int minimumTrainingRecords,
                 @Value("${interstice.identity.link.retrain-growth:0.05}") double retrainGrowth) {
        this.thresholds = new LinkThresholds(lower,
                upper != null ? upper : Probability.weightOf(LinkageModel.DEFAULT_THRESHOLD));
        this.seed = seed;
        this.minimumTrainingRecords = minimumTrainingRecords;
        this.retrainGrowth = retrainGrowth;
    }

    double retrainGrowth() {
        return retrainGrowth;
    }

    /** The upper threshold as a match probability (the clustering threshold of re-evaluation). */
    double upperProbability() {
        return Probability.of(thresholds.upper());
    }

    LinkThresholds thresholds() {
        return thresholds;
    }

    double lower() {
        return thresholds.lower();
    }

    double upper() {
        return thresholds.upper();
    }

    long seed() {
        return seed;
    }

    int minimumTrainingRecords() {
        return minimumTrainingRecords;
    }
}
