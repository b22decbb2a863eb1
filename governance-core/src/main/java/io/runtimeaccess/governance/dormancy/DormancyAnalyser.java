package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds dormant accounts (no sign-in for {@code dormantDays}), unused runtime grants (not exercised for
 * {@code unusedDays}) and the grants and memberships disabled users still hold. Everything is measured against
 * the snapshot's {@code takenAt}, so a run is repeatable on the same snapshot.
 */
public final class DormancyAnalyser {

    private final int dormantDays;
    private final int unusedDays;
    private final Set<String> privilegedItems;

    public DormancyAnalyser(int dormantDays, int unusedDays, Set<String> privilegedItems) {
        if (dormantDays < 1 || unusedDays < 1) {
            throw new IllegalArgumentException("dormantDays and unusedDays must be at least 1");
        }
        this.dormantDays = dormantDays;
        this.unusedDays = unusedDays;
        this.privilegedItems = Set.copyOf(privilegedItems);
    }

    public int dormantDays() {
        return dormantDays;
    }

    public int unusedDays() {
        return unusedDays;
    }

    /** Dormant accounts, privileged first, then the longest dormant. */
    public List<DormantAccount> dormantAccounts(AccessSnapshot snapshot) {
        List<DormantAccount> dormant = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            Instant since = user.lastSignIn() != null ? user.lastSignIn() : user.createdAt();
            if (since == null) {
                continue; // neither a sign-in nor a creation time: nothing to measure against
            }
            long days = daysBetween(since, snapshot.takenAt());
            if (days >= dormantDays) {
                dormant.add(new DormantAccount(user, user.lastSignIn(), since, days, privileged(user)));
            }
        }
        dormant.sort(Comparator.comparing(DormantAccount::privileged).reversed()
                .thenComparing(Comparator.comparingLong(DormantAccount::daysSinceSignIn).reversed())
                .thenComparing(account -> account.user().username()));
        return dormant;
    }

    /**
     * Runtime grants of enabled users not exercised for {@code unusedDays}, longest unused first. A grant with
     * neither a use nor a grant time is left out: there is no evidence either way. Disabled users' grants are
     * reported by {@link #disabledUserAccess} instead.
     */
    public List<UnusedHolding> unusedGrants(AccessSnapshot snapshot) {
        List<UnusedHolding> unused = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            if (!user.enabled()) {
                continue;
            }
            for (Holding holding : user.holdings()) {
                if (holding.item().kind() != AccessKind.GRANT) {
                    continue;
                }
                Instant since = holding.lastUsed() != null ? holding.lastUsed() : holding.grantedAt();
                if (since == null) {
                    continue;
                }
                long days = daysBetween(since, snapshot.takenAt());
                if (days >= unusedDays) {
                    unused.add(new UnusedHolding(user, holding, days, privileged(holding)));
                }
            }
        }
        unused.sort(Comparator.comparingLong(UnusedHolding::daysUnused).reversed()
                .thenComparing(holding -> holding.user().username())
                .thenComparing(holding -> holding.holding().item().key()));
        return unused;
    }

    /**
     * Direct runtime grants and end-user group memberships of disabled users. Grants through a group are left
     * out: removing the membership removes them.
     */
    public List<DisabledUserHolding> disabledUserAccess(AccessSnapshot snapshot) {
        List<DisabledUserHolding> held = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            if (user.enabled()) {
                continue;
            }
            for (Holding holding : user.holdings()) {
                AccessKind kind = holding.item().kind();
                if (holding.direct() && (kind == AccessKind.GRANT || kind == AccessKind.END_USER_GROUP)) {
                    held.add(new DisabledUserHolding(user, holding));
                }
            }
        }
        return held;
    }

    boolean privileged(UserRecord user) {
        if (user.privileged()) {
            return true;
        }
        for (Holding holding : user.holdings()) {
            if (privilegedItems.contains(holding.item().key())) {
                return true;
            }
        }
        return false;
    }

    boolean privileged(Holding holding) {
        return holding.item().privileged() || privilegedItems.contains(holding.item().key());
    }

    /** Whole days from {@code from} to {@code to}, never negative (a clock ahead of the snapshot counts as 0). */
    static long daysBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }
}
