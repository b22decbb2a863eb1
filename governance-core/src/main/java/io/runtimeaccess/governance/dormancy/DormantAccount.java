package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.UserRecord;
import java.time.Instant;

/**
 * A user who has not signed in for at least the realm's dormant days. {@code lastSignIn} is null for a user
 * never seen signing in; their days are then counted from the account's creation ({@code since}).
 */
public record DormantAccount(UserRecord user, Instant lastSignIn, Instant since, long daysSinceSignIn,
        boolean privileged) {
}
