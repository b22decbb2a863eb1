package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.separation.HeldAccess;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.governance.sod.SodRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The separation-of-duties rules' Keycloak roles and groups a user holds without a mapping of their own: through a
 * composite role, a Keycloak group or a subgroup. The snapshot reads role mappings and memberships from the tables;
 * these are added so that a run's scan and risk count what {@code GET sod/violations} and Keycloak count. They are
 * holdings through {@link #VIA}, never direct, so nothing proposes removing them from the user. Only the rules'
 * items are looked at, and only when the realm has enabled rules naming Keycloak roles or groups.
 */
public final class InheritedRuleItems {

    static final String VIA = "keycloak";
    static final String VIA_NAME = "a Keycloak group or composite role";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Set<String> keys = new LinkedHashSet<>();
    private HeldAccess held;

    public InheritedRuleItems(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        for (SodRule rule : SodRules.of(session, realm)) {
            if (rule.enabled()) {
                rule.itemKeys().stream().filter(InheritedRuleItems::keycloakItem).forEach(keys::add);
            }
        }
    }

    /** The rules' Keycloak items the user holds that {@code direct} does not list. */
    public List<Holding> inherited(String userId, Collection<Holding> direct) {
        if (keys.isEmpty()) {
            return List.of();
        }
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return List.of();
        }
        if (held == null) {
            held = HeldAccess.forRealm(session, realm);
        }
        Set<String> listed = new LinkedHashSet<>();
        direct.forEach(holding -> listed.add(holding.item().key()));
        List<Holding> inherited = new ArrayList<>();
        for (String key : held.held(user, keys)) {
            if (!listed.contains(key)) {
                inherited.add(new Holding(new AccessItem(HeldAccess.kindOf(key), key, key, null, false), VIA, VIA_NAME,
                        null, null, null));
            }
        }
        return inherited;
    }

    private static boolean keycloakItem(String key) {
        AccessKind kind = HeldAccess.kindOf(key);
        return kind == AccessKind.REALM_ROLE || kind == AccessKind.CLIENT_ROLE || kind == AccessKind.GROUP;
    }
}
