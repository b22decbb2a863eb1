package io.runtimeaccess.reviews.campaign;

/**
 * What an item's owners own, read from governance's item key: the solution of a runtime grant
 * ({@code grant:{solutionId}:{role}}, held directly or through an end-user group) and the end-user group of a
 * membership ({@code eug:{groupId}}). Keycloak roles have no owner, so their items go to the fallback reviewers.
 */
public record OwnedAccess(Kind kind, String id) {

    /** The kinds of object that have owners. */
    public enum Kind {
        SOLUTION,
        GROUP
    }

    private static final String GRANT = "grant:";
    private static final String END_USER_GROUP = "eug:";

    /** The owned object an item's access key names, or null when it names nothing with owners. */
    public static OwnedAccess of(String accessKey) {
        if (accessKey == null) {
            return null;
        }
        if (accessKey.startsWith(GRANT)) {
            // Solution ids are generated UUIDs without a colon; the role after the second colon may hold any.
            int end = accessKey.indexOf(':', GRANT.length());
            return end <= GRANT.length() ? null : new OwnedAccess(Kind.SOLUTION, accessKey.substring(GRANT.length(), end));
        }
        if (accessKey.startsWith(END_USER_GROUP) && accessKey.length() > END_USER_GROUP.length()) {
            return new OwnedAccess(Kind.GROUP, accessKey.substring(END_USER_GROUP.length()));
        }
        return null;
    }
}
