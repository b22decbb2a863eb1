package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.reconcile.ReconciliationInputs;

/** One read of a realm: the snapshot, and what reconciliation needs beyond it, read at the same time. */
public record RealmReading(AccessSnapshot snapshot, ReconciliationInputs reconciliation) {
}
