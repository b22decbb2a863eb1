package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.separation.HeldAccess;
import io.runtimeaccess.governance.separation.KeycloakAssignments;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.governance.sod.SodRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The separation-of-duties rules' Keycloak roles and groups a user holds without a mapping of their own: through a
 * composite role, a Keycloak group or a subgroup. The snapshot reads role mappings and memberships from the tables;
 * these are added so that a run's scan and risk count what {@code GET sod/violations} and Keycloak count. What each
 * mapped role or group brings is worked out once per role or group from Keycloak's cached models (the same
 * expansion the role listener uses), never once per user. They are holdings through {@link #VIA}, never direct, so
 * nothing proposes removing them from the user.
 */
public final class InheritedRuleItems {

    static final String VIA = "keycloak";
    static final String VIA_NAME = "a Keycloak group or composite role";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final List<SodRule> rules;
    private final Map<String, Set<String>> byRole = new HashMap<>();
    private final Map<String, Set<String>> byGroup = new HashMap<>();

    public InheritedRuleItems(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.rules = SodRules.of(session, realm).stream().filter(SodRule::enabled).toList();
    }

    /** The rules' items the user's mapped roles and groups bring that {@code listed} does not hold already. */
    public List<Holding> inherited(Collection<String> roleIds, Collection<String> groupIds,
            Collection<Holding> listed) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String roleId : roleIds) {
            keys.addAll(byRole.computeIfAbsent(roleId, id -> brought(realm.getRoleById(id), null)));
        }
        for (String groupId : groupIds) {
            keys.addAll(byGroup.computeIfAbsent(groupId, id -> brought(null, session.groups().getGroupById(realm, id))));
        }
        listed.forEach(holding -> keys.remove(holding.item().key()));
        List<Holding> inherited = new ArrayList<>(keys.size());
        for (String key : keys) {
            inherited.add(new Holding(new AccessItem(HeldAccess.kindOf(key), key, key, null, false), VIA, VIA_NAME,
                    null, null, null));
        }
        return inherited;
    }

    private Set<String> brought(RoleModel role, GroupModel group) {
        return role == null && group == null ? Set.of()
                : KeycloakAssignments.impliedRuleKeys(realm, rules, role, group);
    }
}
