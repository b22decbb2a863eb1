package io.runtimeaccess.reviews.holding;

/**
 * One way a user holds a privileged role, named by the assignment a revocation removes: the user's direct mapping of
 * the role itself ({@link Via#DIRECT}, {@code viaId} the role), the user's membership of a Keycloak group
 * ({@link Via#GROUP}, {@code viaId} the group the user is a member of, whose role mappings or whose ancestors' give
 * the role), or the user's direct mapping of a composite role that contains it ({@link Via#COMPOSITE}, {@code viaId}
 * the composite).
 */
public record PrivilegedPath(String userId, String roleId, Via via, String viaId) {

    public enum Via {
        DIRECT,
        GROUP,
        COMPOSITE
    }
}
