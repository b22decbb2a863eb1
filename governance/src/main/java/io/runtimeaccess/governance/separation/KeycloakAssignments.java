package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.sharing.guard.AccessChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Keycloak's own role and group assignments, as far as Keycloak lets an extension see them. Keycloak publishes
 * {@link RoleModel.RoleGrantedEvent} when a role is mapped to a user and {@link GroupModel.GroupMemberJoinEvent}
 * when a user joins a group, inside the request's transaction and after the row is written. In an admin API
 * request a violating change is refused by throwing the 409 out of the listener, which rolls the request back.
 * Outside the admin API (a brokered login's mappers, user federation, a realm import) nothing is refused: those
 * changes are the identity provider's and are found by the detective scan instead.
 * <p>
 * What an extension cannot see: a role mapped to a group (no event; its members gain the role silently), a role
 * made composite, and a client scope or default role change. Those show up in the scan, not here.
 */
public final class KeycloakAssignments {

    private KeycloakAssignments() {
    }

    static void onEvent(ProviderEvent event) {
        if (event instanceof RoleModel.RoleGrantedEvent granted) {
            check(granted.getKeycloakSession(), granted.getRealm(), granted.getUser(), granted.getRole(), null);
        } else if (event instanceof GroupModel.GroupMemberJoinEvent joined) {
            check(joined.getKeycloakSession(), joined.getRealm(), joined.getUser(), null, joined.getGroup());
        }
    }

    private static void check(KeycloakSession session, RealmModel realm, UserModel user, RoleModel role,
            GroupModel group) {
        if (!inAdminApi(session)) {
            return;
        }
        Set<String> decided = SodGuard.decided(session);
        Set<String> added = impliedRuleKeys(realm, SodRules.of(session, realm), role, group);
        added.removeIf(key -> decided.contains(SodGuard.decidedKey(user.getId(), key)));
        if (!added.isEmpty()) {
            new SodGuard(session).check(realm, List.of(new AccessChange(user.getId(), List.copyOf(added))), null,
                    false);
        }
    }

    /**
     * The keys a Keycloak role or group (one of them, the other null) brings a user, among the enabled rules' items:
     * the role or group itself, the roles a composite contains, a group's parents and the roles it maps. The listener
     * checks these; an approved proposal passes them to the guard itself, since the listener cannot carry an override
     * and does not act outside an admin request; a run counts them as what the user holds.
     */
    public static Set<String> impliedRuleKeys(RealmModel realm, List<SodRule> rules, RoleModel role, GroupModel group) {
        Set<String> keys = new LinkedHashSet<>();
        for (SodRule rule : rules) {
            for (String ruleKey : rule.itemKeys()) {
                if (rule.enabled() && implies(realm, role, group, ruleKey)) {
                    keys.add(ruleKey);
                }
            }
        }
        return keys;
    }

    /** Whether the role or group (one of them, the other null) brings the Keycloak role or group {@code key}. */
    public static boolean implies(RealmModel realm, RoleModel role, GroupModel group, String key) {
        return role != null ? impliedByRole(realm, role, key) : group != null && impliedByGroup(realm, group, key);
    }

    /** The granted role is the rule's role or a composite containing it. */
    private static boolean impliedByRole(RealmModel realm, RoleModel granted, String key) {
        RoleModel role = RoleKeys.role(realm, key);
        return role != null && granted.hasRole(role);
    }

    /** The joined group is the rule's group or below it, or it maps the rule's role (itself or through a parent). */
    private static boolean impliedByGroup(RealmModel realm, GroupModel joined, String key) {
        AccessKind kind = HeldAccess.kindOf(key);
        if (kind == AccessKind.GROUP) {
            String groupId = key.substring(key.indexOf(':') + 1);
            for (GroupModel group = joined; group != null; group = group.getParent()) {
                if (group.getId().equals(groupId)) {
                    return true;
                }
            }
            return false;
        }
        RoleModel role = RoleKeys.role(realm, key);
        return role != null && joined.hasRole(role);
    }

    /** An admin REST request (Keycloak's admin API authenticated a bearer token for it). */
    private static boolean inAdminApi(KeycloakSession session) {
        if (session.getContext().getBearerToken() == null || session.getContext().getHttpRequest() == null) {
            return false;
        }
        String path = session.getContext().getHttpRequest().getUri().getPath();
        return path != null && path.contains("/admin/realms/");
    }
}
