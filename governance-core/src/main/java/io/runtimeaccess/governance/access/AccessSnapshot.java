package io.runtimeaccess.governance.access;

import java.time.Instant;
import java.util.List;

/** Everything one run looks at in one realm, taken at {@code takenAt}. Immutable. */
public record AccessSnapshot(String realmId, Instant takenAt, List<UserRecord> users) {

    public AccessSnapshot {
        users = List.copyOf(users);
    }

    public UserRecord user(String userId) {
        for (UserRecord user : users) {
            if (user.id().equals(userId)) {
                return user;
            }
        }
        return null;
    }
}
