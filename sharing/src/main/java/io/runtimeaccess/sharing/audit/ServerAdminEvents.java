package io.runtimeaccess.sharing.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.ModelToRepresentation;
import org.keycloak.representations.AccessToken;
import org.keycloak.util.JsonSerialization;

/**
 * Admin events for changes the server makes on its own (the expired-grant clean-up, the identity-provider
 * group sync), so they land in the same audit trail as an admin's changes: stored when the realm keeps
 * admin events, and passed to the realm's and the global event listeners. Keycloak's
 * {@code AdminEventBuilder} needs an authenticated admin, which these changes do not have; the auth
 * details name only the realm.
 */
public final class ServerAdminEvents {

    /** Resource paths of server-made changes start here, next to the admin API's own paths. */
    public static final String PATH_PREFIX = "runtime-access/";
    private static final Logger LOG = Logger.getLogger(ServerAdminEvents.class);

    private ServerAdminEvents() {
    }

    /** The user of a verified access token (a caller of a user API), as an admin event's auth details. */
    public static AuthDetails tokenUser(RealmModel realm, AccessToken token) {
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        auth.setUserId(token.getSubject());
        auth.setClientId(token.getIssuedFor());
        return auth;
    }

    public static void record(KeycloakSession session, RealmModel realm, OperationType operation, String path,
            Object representation) {
        record(session, realm, operation, path, representation, null);
    }

    /**
     * The same, naming who acted: {@code actor} is the auth details of the admin on whose decision the server
     * made the change (an approved proposal), or null to name only the realm.
     */
    public static void record(KeycloakSession session, RealmModel realm, OperationType operation, String path,
            Object representation, AuthDetails actor) {
        record(session, realm, operation, ResourceType.CUSTOM, PATH_PREFIX + path, representation, actor);
    }

    /**
     * An event of Keycloak's own kind for a change the server made in Keycloak's model on someone's decision (a role
     * mapping an access request gives), with Keycloak's resource type and path
     * ({@code users/{id}/role-mappings/realm}), so whatever watches Keycloak's own events (a SIEM rule, the anomaly
     * scorer) sees it as an admin's mapping.
     */
    public static void recordKeycloak(KeycloakSession session, RealmModel realm, OperationType operation,
            ResourceType type, String path, Object representation, AuthDetails actor) {
        record(session, realm, operation, type, path, representation, actor);
    }

    /**
     * Keycloak's own event for a role given or taken ({@code users/{id}/role-mappings/realm}, or {@code
     * .../clients/{client uuid}}).
     */
    public static void roleMapping(KeycloakSession session, RealmModel realm, OperationType operation, UserModel user,
            RoleModel role, AuthDetails actor) {
        boolean client = role.isClientRole();
        recordKeycloak(session, realm, operation, client ? ResourceType.CLIENT_ROLE_MAPPING
                : ResourceType.REALM_ROLE_MAPPING, "users/" + user.getId() + "/role-mappings/"
                + (client ? "clients/" + role.getContainerId() : "realm"),
                List.of(ModelToRepresentation.toBriefRepresentation(role)), actor);
    }

    /** Keycloak's own event for a user joining or leaving a Keycloak group ({@code users/{id}/groups/{group id}}). */
    public static void groupMembership(KeycloakSession session, RealmModel realm, OperationType operation,
            UserModel user, GroupModel group, AuthDetails actor) {
        recordKeycloak(session, realm, operation, ResourceType.GROUP_MEMBERSHIP, "users/" + user.getId() + "/groups/"
                + group.getId(), ModelToRepresentation.groupToBriefRepresentation(group), actor);
    }

    /** Keycloak's own event for a change of the account itself, such as disabling it ({@code users/{id}}). */
    public static void userUpdate(KeycloakSession session, RealmModel realm, UserModel user, AuthDetails actor) {
        recordKeycloak(session, realm, OperationType.UPDATE, ResourceType.USER, "users/" + user.getId(),
                ModelToRepresentation.toBriefRepresentation(user), actor);
    }

    private static void record(KeycloakSession session, RealmModel realm, OperationType operation, ResourceType type,
            String fullPath, Object representation, AuthDetails actor) {
        AdminEvent event = new AdminEvent();
        event.setId(UUID.randomUUID().toString());
        event.setTime(System.currentTimeMillis());
        event.setRealmId(realm.getId());
        event.setRealmName(realm.getName());
        AuthDetails auth = actor;
        if (auth == null) {
            auth = new AuthDetails();
            auth.setRealmId(realm.getId());
            auth.setRealmName(realm.getName());
        }
        event.setAuthDetails(auth);
        event.setOperationType(operation);
        event.setResourceType(type);
        event.setResourcePath(fullPath);
        event.setRepresentation(json(representation));
        boolean details = realm.isAdminEventsDetailsEnabled();
        if (realm.isAdminEventsEnabled()) {
            session.getProvider(EventStoreProvider.class).onEvent(event, details);
        }
        notifyListeners(session, realm, event, details);
    }

    private static void notifyListeners(KeycloakSession session, RealmModel realm, AdminEvent event, boolean details) {
        Set<String> ids = new HashSet<>(realm.getEventsListenersStream().toList());
        session.getKeycloakSessionFactory().getProviderFactoriesStream(EventListenerProvider.class)
                .filter(factory -> ((EventListenerProviderFactory) factory).isGlobal())
                .forEach(factory -> ids.add(factory.getId()));
        for (String id : ids) {
            EventListenerProvider listener = session.getProvider(EventListenerProvider.class, id);
            if (listener == null) {
                continue;
            }
            try {
                listener.onEvent(event, details);
            } catch (RuntimeException e) {
                // as Keycloak's own AdminEventBuilder: a listener that fails must not undo the change it is told of
                LOG.warnf("Admin event listener '%s' failed on a %s event: %s", id, event.getOperationType(),
                        e.getClass().getSimpleName());
            }
        }
    }

    private static String json(Object representation) {
        try {
            return JsonSerialization.writeValueAsString(representation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
