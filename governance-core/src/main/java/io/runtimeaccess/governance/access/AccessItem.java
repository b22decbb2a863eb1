package io.runtimeaccess.governance.access;

import java.util.Objects;

/**
 * One piece of access a user can hold, named by a stable key that is the same in every run, in proposals,
 * in separation-of-duties rules and in the API:
 * <ul>
 *   <li>{@code grant:{solutionId}:{role}} a runtime role on a solution;</li>
 *   <li>{@code eug:{groupId}} an end-user group;</li>
 *   <li>{@code realm-role:{roleName}};</li>
 *   <li>{@code client-role:{clientId}:{roleName}} (the client's clientId, not its internal id);</li>
 *   <li>{@code group:{groupId}} a Keycloak group.</li>
 * </ul>
 * {@code label} is for people ("Payments / Approver"); {@code privileged} marks admin roles, the designer
 * flag and roles an admin marked privileged, which no automatic change may touch.
 */
public record AccessItem(AccessKind kind, String key, String label, String solutionId, boolean privileged) {

    public AccessItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        label = label == null ? key : label;
    }

    public static AccessItem grant(String solutionId, String role, String label, boolean privileged) {
        return new AccessItem(AccessKind.GRANT, grantKey(solutionId, role), label, solutionId, privileged);
    }

    public static AccessItem endUserGroup(String groupId, String label) {
        return new AccessItem(AccessKind.END_USER_GROUP, AccessKind.END_USER_GROUP.prefix() + ":" + groupId, label,
                null, false);
    }

    public static AccessItem realmRole(String roleName, boolean privileged) {
        return new AccessItem(AccessKind.REALM_ROLE, AccessKind.REALM_ROLE.prefix() + ":" + roleName, roleName, null,
                privileged);
    }

    public static AccessItem clientRole(String clientId, String roleName, boolean privileged) {
        return new AccessItem(AccessKind.CLIENT_ROLE, AccessKind.CLIENT_ROLE.prefix() + ":" + clientId + ":" + roleName,
                clientId + " " + roleName, null, privileged);
    }

    public static AccessItem group(String groupId, String path, boolean privileged) {
        return new AccessItem(AccessKind.GROUP, AccessKind.GROUP.prefix() + ":" + groupId, path, null, privileged);
    }

    public static String grantKey(String solutionId, String role) {
        return AccessKind.GRANT.prefix() + ":" + solutionId + ":" + role;
    }

    /** The same item marked privileged. */
    public AccessItem asPrivileged() {
        return privileged ? this : new AccessItem(kind, key, label, solutionId, true);
    }
}
