package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Users and holdings for the tests, relative to a fixed instant. */
final class Users {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private Users() {
    }

    static Instant daysAgo(long days) {
        return NOW.minusSeconds(days * 86_400);
    }

    static UserRecord user(String name, boolean enabled, Instant createdAt, Instant lastSignIn, Holding... holdings) {
        return new UserRecord("id-" + name, name, Map.of(), enabled, Set.of(), false, false, createdAt, lastSignIn,
                false, 0, 0, List.of(holdings));
    }

    static Holding grant(String role, Instant grantedAt, Instant lastUsed) {
        return new Holding(AccessItem.grant("sol", role, "Payments / " + role, false), null, null, grantedAt, null,
                lastUsed);
    }

    static Holding groupGrant(String role, Instant grantedAt, Instant lastUsed) {
        return new Holding(AccessItem.grant("sol", role, "Payments / " + role, false), "g1", "Finance", grantedAt,
                null, lastUsed);
    }
}
