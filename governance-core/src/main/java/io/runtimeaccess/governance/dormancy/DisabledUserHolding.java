package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;

/** A direct runtime grant or end-user group membership that a disabled user still holds. */
public record DisabledUserHolding(UserRecord user, Holding holding) {
}
