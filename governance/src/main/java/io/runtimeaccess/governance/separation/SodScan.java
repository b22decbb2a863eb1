package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.governance.sod.SodScanner;
import io.runtimeaccess.governance.sod.SodViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The detective scan: every user of the realm, page by page, holding two or more keys of an enabled rule. It
 * reads only the rules' keys (effective Keycloak roles and groups, grants direct or through end-user groups),
 * so users holding none of them cost one cached look-up each, and hands them to {@link SodScanner}.
 */
final class SodScan {

    private static final int PAGE = 500;

    private SodScan() {
    }

    static List<Map<String, Object>> violations(KeycloakSession session, RealmModel realm) {
        List<SodRule> rules = SodRules.of(session, realm).stream().filter(SodRule::enabled).toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        rules.forEach(rule -> keys.addAll(rule.itemKeys()));
        HeldAccess access = HeldAccess.forRealm(session, realm);
        List<UserRecord> holders = new ArrayList<>();
        Map<String, String> usernames = new LinkedHashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<UserModel> page = session.users().searchForUserStream(realm,
                    Map.of(UserModel.INCLUDE_SERVICE_ACCOUNT, "true"), first, PAGE).toList();
            for (UserModel user : page) {
                Set<String> held = access.held(user, keys);
                if (held.size() >= 2) {
                    holders.add(record(user.getId(), held));
                    usernames.put(user.getId(), user.getUsername());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (SodViolation violation : SodScanner.scan(new AccessSnapshot(realm.getId(), Instant.now(), holders),
                rules)) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("ruleId", violation.ruleId());
            rep.put("ruleName", violation.ruleName());
            rep.put("userId", violation.userId());
            rep.put("username", usernames.get(violation.userId()));
            rep.put("itemKeys", violation.itemKeys());
            found.add(rep);
        }
        return found;
    }

    /** A user as the scanner sees them: only the rules' keys they hold. */
    private static UserRecord record(String userId, Set<String> held) {
        List<Holding> holdings = new ArrayList<>();
        for (String key : held) {
            holdings.add(Holding.direct(new AccessItem(HeldAccess.kindOf(key), key, key, null, false)));
        }
        return new UserRecord(userId, userId, Map.of(), true, Set.of(), false, false, null, null, false, 0, 0,
                holdings);
    }
}
