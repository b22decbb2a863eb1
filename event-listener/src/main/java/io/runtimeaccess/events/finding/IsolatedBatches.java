package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.events.log.LogText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Writes a batch of findings so that one bad finding costs only itself: one transaction per realm, and a
 * realm whose transaction fails is written again one finding at a time. After {@link #GIVE_UP_AFTER} failed
 * transactions in a row the database is taken to be down and the rest is handed back untried, so an outage
 * costs a few failed transactions per attempt, not one per finding.
 */
final class IsolatedBatches {

    static final int GIVE_UP_AFTER = 3;
    private static final Logger LOG = Logger.getLogger(IsolatedBatches.class);

    private final Consumer<List<Assessment>> transaction;
    private final List<Assessment> failed = new ArrayList<>();
    private int failuresInARow;
    private RuntimeException lastFailure;

    private IsolatedBatches(Consumer<List<Assessment>> transaction) {
        this.transaction = transaction;
    }

    /** Writes the batch with {@code transaction} (one call, one transaction); returns what was not written. */
    static List<Assessment> write(List<Assessment> batch, Consumer<List<Assessment>> transaction) {
        IsolatedBatches write = new IsolatedBatches(transaction);
        Map<String, List<Assessment>> byRealm = new LinkedHashMap<>();
        for (Assessment assessment : batch) {
            byRealm.computeIfAbsent(String.valueOf(assessment.realmId()), realm -> new ArrayList<>()).add(assessment);
        }
        for (List<Assessment> realm : byRealm.values()) {
            if (write.tryAll(realm)) {
                continue;
            }
            if (realm.size() == 1) {
                write.failed.addAll(realm);
            } else {
                realm.forEach(write::tryOne);
            }
        }
        if (!write.failed.isEmpty()) {
            LOG.warnf("%d of %d findings could not be stored (%s)", write.failed.size(), batch.size(),
                    LogText.oneLine(String.valueOf(write.lastFailure)));
        }
        return write.failed;
    }

    private boolean tryAll(List<Assessment> assessments) {
        if (failuresInARow >= GIVE_UP_AFTER) {
            return false;
        }
        try {
            transaction.accept(assessments);
            failuresInARow = 0;
            return true;
        } catch (RuntimeException e) {
            failuresInARow++;
            lastFailure = e;
            LOG.debugf(e, "A transaction of %d findings failed", assessments.size());
            return false;
        }
    }

    private void tryOne(Assessment assessment) {
        if (!tryAll(List.of(assessment))) {
            failed.add(assessment);
        }
    }
}
