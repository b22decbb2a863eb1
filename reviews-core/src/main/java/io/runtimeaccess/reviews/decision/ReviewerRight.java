package io.runtimeaccess.reviews.decision;

/**
 * Whether a user may decide an item with their own token: only one of the item's reviewers (the stored reviewer
 * ids, one per line), and never about their own access, even if they were named its reviewer. An admin deciding
 * through the admin API is not asked whether they review the item (that is the admin override); their own access
 * they may not decide either.
 */
public enum ReviewerRight {
    /** The caller is one of the item's reviewers and the access is someone else's. */
    ALLOWED,
    /** The item is about the caller's own access. */
    OWN_ACCESS,
    /** The caller is not among the item's reviewers (or the item was delegated away from them). */
    NOT_A_REVIEWER;

    /** The error code the reviewers' API answers with. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReviewerRight of(String reviewers, String reviewedUserId, String callerId) {
        if (callerId.equals(reviewedUserId)) {
            return OWN_ACCESS;
        }
        return isReviewer(reviewers, callerId) ? ALLOWED : NOT_A_REVIEWER;
    }

    /** Whether {@code userId} is one of the lines of {@code reviewers}, compared whole (no prefix matches). */
    public static boolean isReviewer(String reviewers, String userId) {
        if (reviewers == null || userId.isEmpty()) {
            return false;
        }
        for (String reviewer : reviewers.split("\n")) {
            if (reviewer.equals(userId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQL {@code LIKE} patterns (escape character {@code !}) that find {@code userId} as a whole line of a
     * reviewers column: alone, first, last, or in the middle. A user id may hold {@code %} or {@code _} (ids of
     * imported users are free text), so they are escaped rather than matching more than the id.
     */
    public static Patterns patterns(String userId) {
        String id = userId.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new Patterns(id, id + "\n%", "%\n" + id, "%\n" + id + "\n%");
    }

    /** See {@link #patterns}; {@code alone} is the id escaped, to compare with {@code LIKE} too. */
    public record Patterns(String alone, String first, String last, String middle) {
    }
}
