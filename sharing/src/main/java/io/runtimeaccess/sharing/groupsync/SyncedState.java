package io.runtimeaccess.sharing.groupsync;

import java.util.List;

/**
 * What a user's identity-provider memberships were last synced against: the group names its attribute
 * listed (sorted) and the version of the realm's end-user group names at the time. If neither has
 * changed, a new sync would change nothing. {@code unmatchedGroups} are the listed names that named no group then
 * (sorted): what the sync reported, so the same report is not made again.
 */
public record SyncedState(List<String> listedGroups, long groupNamesVersion, List<String> unmatchedGroups) {
}
