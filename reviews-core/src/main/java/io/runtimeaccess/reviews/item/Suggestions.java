package io.runtimeaccess.reviews.item;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.dormancy.DormancyAnalyser;
import io.runtimeaccess.governance.dormancy.UnusedHolding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each item's suggestion. An item that is a waiting proposal takes that proposal's own word; for other items a
 * proposal waiting in governance's queue for the same user and access speaks first (it is the recommender's own word,
 * with its justification). Otherwise a runtime grant is judged by governance's
 * {@link DormancyAnalyser} with the realm's {@code unusedDays}, the very rule of the unused-access report, so a
 * review never disagrees with it: unused grants are suggested for revocation ("not used for 143 days: revoke"),
 * used ones for keeping. Other access gets no suggestion.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * @param waiting the waiting proposals' suggestions by {@link #key(String, String)} and by
     *     {@link #proposalKey(String)}
     */
    public static List<Suggestion> of(List<ReviewedAccess> items, Instant now, int unusedDays,
            Map<String, Suggestion> waiting) {
        Map<String, UnusedHolding> unused = unused(items, now, unusedDays);
        List<Suggestion> suggestions = new ArrayList<>(items.size());
        for (ReviewedAccess item : items) {
            String key = key(item.userId(), item.accessKey());
            // A proposal item is judged by its own proposal, not by another category's about the same access.
            // Governance's role proposals are about direct mappings: they say nothing of a group's or a composite's.
            Suggestion proposed = item.type() == ReviewedAccess.AccessType.PROPOSAL
                    ? waiting.get(proposalKey(item.ref())) : isIndirectRole(item) ? null : waiting.get(key);
            if (proposed != null) {
                suggestions.add(proposed);
            } else if (isGrant(item)) {
                suggestions.add(grant(item, unused.get(key), now));
            } else {
                suggestions.add(null);
            }
        }
        return suggestions;
    }

    public static String key(String userId, String accessKey) {
        return userId + "\n" + accessKey;
    }

    /** The key of one waiting proposal's own suggestion, by the proposal's id. */
    public static String proposalKey(String proposalId) {
        return "proposal\n" + proposalId;
    }

    private static boolean isIndirectRole(ReviewedAccess item) {
        return item.type() == ReviewedAccess.AccessType.GROUP_ROLE
                || item.type() == ReviewedAccess.AccessType.COMPOSITE_ROLE;
    }

    private static boolean isGrant(ReviewedAccess item) {
        return item.type() == ReviewedAccess.AccessType.GRANT || item.type() == ReviewedAccess.AccessType.GROUP_GRANT;
    }

    private static Suggestion grant(ReviewedAccess item, UnusedHolding unused, Instant now) {
        if (!item.userEnabled()) {
            // Governance proposes removing a disabled user's access (disabled-user-access), whatever its use.
            return new Suggestion(Suggestion.Action.REVOKE, "account disabled: revoke");
        }
        if (unused != null) {
            String why = item.lastUsed() == null ? "never used since granted " + unused.daysUnused() + " days ago"
                    : "unused for " + unused.daysUnused() + " days";
            // Through a group, revoking takes the role from every member: governance proposes a review, not a removal.
            return unused.viaGroup() ? new Suggestion(Suggestion.Action.REVIEW, why + ", held through a group: review")
                    : new Suggestion(Suggestion.Action.REVOKE, why + ": revoke");
        }
        if (item.lastUsed() != null) {
            long days = Math.max(0, java.time.Duration.between(item.lastUsed(), now).toDays());
            return new Suggestion(Suggestion.Action.KEEP, "used " + days + " days ago: keep");
        }
        return item.grantedAt() == null ? null
                : new Suggestion(Suggestion.Action.KEEP, "granted recently, not used yet: keep");
    }

    /** Runs governance's analyser over the grants under review, one snapshot user per reviewed user. */
    private static Map<String, UnusedHolding> unused(List<ReviewedAccess> items, Instant now, int unusedDays) {
        Map<String, List<Holding>> holdings = new LinkedHashMap<>();
        Map<String, ReviewedAccess> firstOfUser = new HashMap<>();
        for (ReviewedAccess item : items) {
            if (!isGrant(item)) {
                continue;
            }
            String[] parts = item.accessKey().split(":", 3);
            AccessItem access = AccessItem.grant(parts[1], parts[2], item.label(), false);
            String via = item.type() == ReviewedAccess.AccessType.GROUP_GRANT ? item.source() : null;
            holdings.computeIfAbsent(item.userId(), u -> new ArrayList<>())
                    .add(new Holding(access, via, via, item.grantedAt(), null, item.lastUsed()));
            firstOfUser.putIfAbsent(item.userId(), item);
        }
        List<UserRecord> users = new ArrayList<>(holdings.size());
        holdings.forEach((userId, held) -> {
            ReviewedAccess first = firstOfUser.get(userId);
            users.add(new UserRecord(userId, first.username(), Map.of(), first.userEnabled(), Set.of(), false, false,
                    null, null, false, 0, 0, held));
        });
        Map<String, UnusedHolding> byKey = new HashMap<>();
        for (UnusedHolding found : new DormancyAnalyser(unusedDays, unusedDays, Set.of())
                .unusedGrants(new AccessSnapshot("review", now, users))) {
            byKey.put(key(found.user().id(), found.holding().item().key()), found);
        }
        return byKey;
    }
}
