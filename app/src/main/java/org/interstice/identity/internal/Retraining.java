package org.interstice.identity.internal;

import java.util.List;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.linkage.LinkageModel;
import org.interstice.linkage.Record;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's "retrain" action: trains a new model on every record the region holds, stores it with its
 * version, makes it active and re-indexes, and re-evaluates the subjects with it in the same transaction (merges it
 * now supports are made under the unsafe-merge guard; nothing is split). Decisions from now on name the new version.
 */
@Component
public class Retraining {

    private final LinkIndex index;
    private final Models models;
    private final LinkSettings settings;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final ModelTraining training;
    private final Reevaluation reevaluation;

    Retraining(LinkIndex index, Models models, LinkSettings settings, Audit audit, TransactionTemplate transactions,
               ModelTraining training, Reevaluation reevaluation) {
        this.training = training;
        this.reevaluation = reevaluation;
        this.index = index;
        this.models = models;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Refusal retrain(Viewer viewer) {
        index.awaitReady();
        List<Record> all = index.snapshot();
        if (all.size() < settings.minimumTrainingRecords()) {
            return Refusal.no("At least " + settings.minimumTrainingRecords() + " records are needed to train a model; there are "
                    + all.size() + ".");
        }
        LinkageModel model = training.train(all);
        // one transaction: if re-evaluation fails, the previous model stays in use, in the database and in memory
        transactions.executeWithoutResult(status -> {
            models.activate(model, viewer.username(), all.size());
            audit.change(viewer, "LINKAGE_MODEL_RETRAINED", "linkage_model", model.version());
            index.install(model, all.size());
            reevaluation.run(viewer, "after retraining (model " + model.version() + ")", List.of());
        });
        return Refusal.ok(null);
    }
}
