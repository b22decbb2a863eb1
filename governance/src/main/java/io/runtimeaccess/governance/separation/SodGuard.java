package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.governance.sod.SodScanner;
import io.runtimeaccess.governance.sod.SodViolation;
import io.runtimeaccess.sharing.guard.AccessChange;
import io.runtimeaccess.sharing.guard.AccessChangeGuard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.Token;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;

/**
 * The preventive separation-of-duties check. A change bringing a user a key of an enabled rule is checked
 * against what the user holds now; a {@code prevent} rule refuses it (409, the refusal recorded) unless the
 * admin gave a justification (recorded {@code overridden}); a {@code warn} rule lets it through, recorded
 * {@code warned}. Changes that touch no rule's key cost one query for the rules and nothing else.
 */
public final class SodGuard implements AccessChangeGuard {

    private final KeycloakSession session;

    SodGuard(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void check(RealmModel realm, List<AccessChange> changes, String overrideJustification) {
        check(realm, changes, overrideJustification, true);
    }

    /** @param overridable false for Keycloak's own assignments, whose requests cannot carry a justification */
    void check(RealmModel realm, List<AccessChange> changes, String overrideJustification, boolean overridable) {
        List<SodRule> rules = SodRules.of(session, realm).stream().filter(SodRule::enabled).toList();
        if (rules.isEmpty()) {
            return;
        }
        Set<String> ruleKeys = new HashSet<>();
        rules.forEach(rule -> ruleKeys.addAll(rule.itemKeys()));
        Map<String, SodRule> byId = new HashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        HeldAccess access = HeldAccess.forOneUser(session, realm);
        List<Found> found = new ArrayList<>();
        for (AccessChange change : changes) {
            if (change.addedKeys().stream().noneMatch(ruleKeys::contains)) {
                continue;
            }
            UserModel user = session.users().getUserById(realm, change.userId());
            Set<String> held = user == null ? Set.of() : access.held(user, ruleKeys);
            for (SodViolation violation : SodScanner.violationsOnAdding(change.userId(), held, change.addedKeys(),
                    rules)) {
                String added = violation.itemKeys().stream().filter(change.addedKeys()::contains).findFirst()
                        .orElseThrow();
                found.add(new Found(violation, byId.get(violation.ruleId()).prevent(), added,
                        user == null ? change.userId() : user.getUsername()));
            }
        }
        decide(realm, found, overridable ? overrideJustification : null, overridable);
    }

    private void decide(RealmModel realm, List<Found> found, String justification, boolean overridable) {
        String adminId = adminId();
        List<Found> refused = found.stream().filter(f -> f.prevent && justification == null).toList();
        if (!refused.isEmpty()) {
            SodEvents.recordRefusals(session, realm, refused.stream().map(Found::violation).toList(),
                    refused.stream().map(Found::addedKey).toList(), adminId);
            throw SodRefusal.of(refused.get(0).violation, refused.get(0).username, overridable);
        }
        for (Found f : found) {
            SodEvents.record(session, realm, f.violation, f.addedKey, f.prevent ? SodEvents.OVERRIDDEN
                    : SodEvents.WARNED, f.prevent ? justification : null, adminId);
        }
    }

    /** The admin making the request (the subject of the admin API's bearer token), or null outside one. */
    private String adminId() {
        Token token = session.getContext().getBearerToken();
        return token instanceof JsonWebToken jwt ? jwt.getSubject() : null;
    }

    private record Found(SodViolation violation, boolean prevent, String addedKey, String username) {
    }
}
