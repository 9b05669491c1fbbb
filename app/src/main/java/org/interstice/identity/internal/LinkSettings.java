package org.interstice.identity.internal;

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

    LinkSettings(@Value("${interstice.identity.link.lower-weight:6}") double lower,
                 @Value("${interstice.identity.link.upper-weight:14}") double upper,
                 @Value("${interstice.identity.link.seed:20261128}") long seed,
                 @Value("${interstice.identity.link.minimum-training-records:200}") int minimumTrainingRecords) {
        this.thresholds = new LinkThresholds(lower, upper);
        this.seed = seed;
        this.minimumTrainingRecords = minimumTrainingRecords;
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
