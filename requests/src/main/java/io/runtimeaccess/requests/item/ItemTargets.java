package io.runtimeaccess.requests.item;

import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.util.Arrays;
import java.util.List;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What an item gives, checked against the realm when an admin saves it: the solution's Active Policy offers the
 * runtime role, the end-user group exists, the realm or client role exists and the admin may map it. Only this
 * realm is looked at.
 */
final class ItemTargets {

    private ItemTargets() {
    }

    static void resolve(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, ItemKind kind,
            ItemBody body, RequestableItemEntity item) {
        item.setKind(kind.name());
        switch (kind) {
            case RUNTIME_ROLE -> {
                SharingStore store = new SharingStore(session, realm);
                // absent is bad input (400), as every missing field; an unknown id is the store's 404
                SolutionEntity solution = store.solution(present("solutionId", body.solutionId));
                String role = Names.require("role", body.role);
                store.requireOffered(solution, role);
                item.setScopeId(solution.getId());
                item.setTarget(role);
            }
            case END_USER_GROUP -> {
                item.setScopeId(null);
                item.setTarget(new EndUserGroupStore(session, realm).group(present("groupId", body.groupId)).getId());
            }
            case REALM_ROLE -> {
                String role = required("role", body.role);
                RoleModel model = realm.getRole(role);
                if (model == null) {
                    throw BadRequest.invalid("role", "no realm role '" + Limits.shown(role) + "'");
                }
                // an approved request grants it in the item's name: its admin must be one who may map it (403 as
                // from Keycloak's role mapping), or manage-users alone could hand out realm-admin
                auth.roles().requireMapRole(model);
                item.setScopeId(null);
                item.setTarget(role);
            }
            case CLIENT_ROLE -> {
                String clientId = required("clientId", body.clientId);
                ClientModel client = realm.getClientByClientId(clientId);
                if (client == null) {
                    throw BadRequest.invalid("clientId", "no client '" + Limits.shown(clientId) + "'");
                }
                String role = required("role", body.role);
                RoleModel model = client.getRole(role);
                if (model == null) {
                    throw BadRequest.invalid("role", "client " + clientId + " has no role '" + Limits.shown(role) + "'");
                }
                auth.roles().requireMapRole(model);
                item.setScopeId(client.getClientId());
                item.setTarget(role);
            }
        }
    }

    /**
     * An item that gives a Keycloak role may be changed only by an admin who may map that role (403 otherwise), as
     * it may be offered only by one: else an admin with manage-users alone could turn an item for realm-admin, with
     * its pending requests, into one whose approvers they choose. The same holds for each role its pending requests
     * ask for: a request keeps what it asked for when the item is pointed elsewhere, and the item's approvers still
     * decide it.
     */
    static void requireMayChange(RealmModel realm, AdminPermissionEvaluator auth, RequestableItemEntity stored,
            List<AccessRequestEntity> pending) {
        requireMayMap(realm, auth, stored.getKind(), stored.getScopeId(), stored.getTarget());
        pending.stream().map(request -> Arrays.asList(request.getKind(), request.getScopeId(), request.getTarget()))
                .distinct().forEach(asked -> requireMayMap(realm, auth, asked.get(0), asked.get(1), asked.get(2)));
    }

    private static void requireMayMap(RealmModel realm, AdminPermissionEvaluator auth, String storedKind,
            String scopeId, String target) {
        ItemKind kind;
        try {
            kind = ItemKind.valueOf(storedKind);
        } catch (IllegalArgumentException unknown) {
            // a stored kind this version does not know: only an admin of the whole realm repairs it
            auth.realm().requireManageRealm();
            return;
        }
        RoleModel role = switch (kind) {
            case REALM_ROLE -> realm.getRole(target);
            case CLIENT_ROLE -> {
                ClientModel client = realm.getClientByClientId(scopeId);
                yield client == null ? null : client.getRole(target);
            }
            default -> null;
        };
        if (role != null) {
            auth.roles().requireMapRole(role);
        }
    }

    /** An id that must be given (400 naming the field); whether it names anything is the lookup's 404. */
    private static String present(String field, String id) {
        if (id == null || id.isBlank()) {
            throw BadRequest.invalid(field, "is required");
        }
        return id;
    }

    /** Keycloak role and client names are free text: 1 to 255 characters. */
    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadRequest.invalid(field, "is required");
        }
        return Limits.text(field, value.trim(), 255);
    }
}
