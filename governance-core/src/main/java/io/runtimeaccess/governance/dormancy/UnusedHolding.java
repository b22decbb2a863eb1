package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;

/**
 * A runtime grant a user holds that no allowed check or token has exercised for {@code daysUnused} days: since
 * its last use, or since it was granted if it was never used.
 */
public record UnusedHolding(UserRecord user, Holding holding, long daysUnused, boolean privileged) {

    public boolean viaGroup() {
        return !holding.direct();
    }
}
