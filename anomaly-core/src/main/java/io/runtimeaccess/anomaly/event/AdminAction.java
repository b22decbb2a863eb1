package io.runtimeaccess.anomaly.event;

import java.util.List;

/**
 * An admin change of one realm, as the scorer sees it. The Keycloak adapter decides which roles and
 * groups are privileged (admin-level) and says so per grant, so the scorer needs no Keycloak model.
 *
 * @param id            unique id of the event
 * @param timeMillis    when it happened (epoch milliseconds)
 * @param realmId       the realm
 * @param adminUserId   who made the change
 * @param ip            the admin's IP address as text
 * @param operation     create, update, delete or action
 * @param resourceType  Keycloak's resource type (USER, REALM_ROLE_MAPPING, GROUP_MEMBERSHIP, CLIENT, CUSTOM, ...)
 * @param resourcePath  the resource path (e.g. {@code users/<id>/role-mappings/realm})
 * @param targetUserId  the user the change is about, or {@code null}
 * @param granted       roles or groups this change gave to {@code targetUserId}; empty if none
 */
public record AdminAction(String id, long timeMillis, String realmId, String adminUserId, String ip,
        AdminOperation operation, String resourceType, String resourcePath, String targetUserId,
        List<GrantedAccess> granted) {

    public AdminAction {
        granted = granted == null ? List.of() : List.copyOf(granted);
    }

    /** The admin changed access of its own account. */
    public boolean selfTargeted() {
        return targetUserId != null && targetUserId.equals(adminUserId);
    }
}
