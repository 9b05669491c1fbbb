package org.interstice.pursuit.internal;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pursuit's work on many suspects at once (the nightly sweep, a batch of named suspects) can meet a deadlock with work
 * on one of them; PostgreSQL has then rolled the transaction back, so it is run again, up to three times in all.
 */
final class Deadlocks {

    private static final int ATTEMPTS = 3;

    private Deadlocks() {
    }

    static <T> T retried(TransactionTemplate transactions, TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(work);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) throw e;
            }
        }
    }
}
