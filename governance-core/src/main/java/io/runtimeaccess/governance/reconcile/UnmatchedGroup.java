package io.runtimeaccess.governance.reconcile;

import io.runtimeaccess.governance.access.UserRecord;

/** A group the identity provider lists for {@code user} that no end-user group is named after (any longer). */
public record UnmatchedGroup(UserRecord user, String group) {
}
