package io.runtimeaccess.reviews.scope;

import io.runtimeaccess.governance.signin.SignInMarks;
import io.runtimeaccess.governance.signin.StoredLogins;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Users inactive since a time, by governance's dormancy rule: the last sign-in governance recorded, else the newest
 * LOGIN event Keycloak stored (a user active before the extension was installed has no mark yet, and a revoke
 * default must not cut them), else the account's creation. Sign-ins are read through {@link SignInMarks} (stored and
 * this node's pending ones) and {@link StoredLogins} in chunks of {@value #CHUNK} ids, so a large realm costs a few
 * queries, not one per user.
 */
final class InactiveUsers {

    static final int CHUNK = 1000;

    private final EntityManager em;
    private final RealmModel realm;
    private final RealmUsers users;

    InactiveUsers(KeycloakSession session, RealmModel realm, RealmUsers users) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realm = realm;
        this.users = users;
    }

    /** Ids of local users (service accounts left out) not seen since {@code since} (epoch milliseconds). */
    Set<String> since(long since) {
        List<RealmUsers.User> all = new ArrayList<>();
        // as governance's dormancy rule: a service account's client signs in without a LOGIN event
        users.all().filter(user -> !user.serviceAccount()).forEach(all::add);
        Map<String, SignInMarks.SignIn> signIns = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> ids = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                    .map(RealmUsers.User::id).toList();
            signIns.putAll(StoredLogins.fillIn(em, realm, ids, SignInMarks.of(em, realm.getId(), ids)));
        }
        Set<String> inactive = new HashSet<>();
        for (RealmUsers.User user : all) {
            SignInMarks.SignIn signIn = signIns.get(user.id());
            Long seen = signIn != null ? Long.valueOf(signIn.at()) : user.createdAt();
            if (seen != null && seen <= since) {
                inactive.add(user.id());
            }
        }
        return inactive;
    }
}
