package io.runtimeaccess.sharing.authzen;

import io.runtimeaccess.sharing.api.UserIds;
import org.keycloak.common.Profile;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CacheRealmProvider;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.cache.infinispan.CachedExists;
import org.keycloak.models.cache.infinispan.RealmCacheSession;
import org.keycloak.models.cache.infinispan.UserAdapter;
import org.keycloak.models.cache.infinispan.UserCacheSession;
import org.keycloak.models.cache.infinispan.entities.CachedUser;
import org.keycloak.models.cache.infinispan.entities.UserListQuery;

/**
 * The caller's user and what a revocation changes on it (enabled, not-before), and a subject named by id, taken from
 * the entry of Keycloak's own user cache when that entry is one Keycloak itself would serve as is, else from
 * {@code session.users()}.
 *
 * <p>Why: Keycloak's {@code UserCacheSession.getUserById} validates a cached user on every call, and that validation
 * asks whether the user is a managed member of a disabled organization ({@code Organizations
 * .isReadOnlyOrganizationMember}). In Keycloak 26.7 that question creates the session's organization provider,
 * whose JPA delegate opens an entity manager, even in a realm without organizations: about a third of what a
 * check's request cost beyond Keycloak's own request handling. The answer, whether the realm has organizations at
 * all, is itself cached in the realm cache, so it is read from there.
 *
 * <p>The entry is read through Keycloak's cache manager, which drops an entry older than its revision, and used
 * only where Keycloak's validation would return it unchanged: the same realm, a local user (no federation link,
 * whose entry Keycloak re-validates against its storage provider), and a realm Keycloak's realm cache says has no
 * organization (a managed member of a disabled one is served disabled). Anything else, a user not in the cache
 * included, takes {@code session.users().getUserById}. Disabling a user, pushing its not-before or signing it out
 * removes the entry on every node when the change commits, so the next call reads the new state, as before.
 *
 * <p>A user this session changed is looked up as Keycloak does ({@code UserCacheSession.isInvalid}). Meant to be
 * called first in a request: a realm-wide eviction of users registered earlier in the same session is not seen.
 */
final class CallerUser {

    /**
     * The suffix of the realm cache's "does this realm have organizations" entry, Keycloak 26.7's {@code
     * InfinispanOrganizationProvider}. Should a later Keycloak name it otherwise, the entry is never found and every
     * caller takes {@code getUserById}: slower, never wrong.
     */
    static final String ORGANIZATIONS_EXIST_SUFFIX = ".org.exists";

    private static final String USERNAME_QUERY_INFIX = ".username.";

    /** The session attribute holding this request's {@link OrganizationsAnswer}. */
    private static final String ORGANIZATIONS_ANSWER = CallerUser.class.getName() + ".organizations";

    /** Whether a realm may have organizations, as read once in a session. */
    private record OrganizationsAnswer(String realmId, boolean mayExist) {
    }

    /** The user (or {@code null}), whether it is enabled, and its not-before in seconds. */
    record Found(UserModel user, boolean enabled, int notBefore) {
    }

    private CallerUser() {
    }

    static Found find(KeycloakSession session, RealmModel realm, String userId) {
        UserCacheSession users = usableCache(session, realm);
        CachedUser cached = users == null ? null : servableEntry(users, realm, userId);
        if (cached != null) {
            // What UserCacheSession.validateCache returns for such an entry; its enabled and not-before are
            // what UserAdapter.isEnabled and UserCacheSession.getNotBeforeOfUser read from it.
            return new Found(new UserAdapter(cached, users, session, realm), cached.isEnabled(), cached.getNotBefore());
        }
        UserModel user = session.users().getUserById(realm, userId);
        return new Found(user, user != null && user.isEnabled(),
                user == null ? 0 : session.users().getNotBeforeOfUser(realm, user));
    }

    /**
     * The user with this id, or {@code null}: what {@code session.users().getUserById} answers, from the cache entry
     * under the same conditions as {@link #find}. For the subject a checker service asks about.
     */
    static UserModel byId(KeycloakSession session, RealmModel realm, String userId) {
        if (!UserIds.parsable(userId)) {
            return null;
        }
        UserCacheSession users = usableCache(session, realm);
        CachedUser cached = users == null ? null : servableEntry(users, realm, userId);
        return cached != null ? new UserAdapter(cached, users, session, realm)
                : session.users().getUserById(realm, userId);
    }

    /**
     * The user with this username, or {@code null}: what {@code session.users().getUserByUsername} answers, from
     * Keycloak's cached username query and the user's entry when both are there and Keycloak would serve the
     * entry unchanged (the conditions of {@link #find}, and the entry still has that username).
     */
    static UserModel byUsername(KeycloakSession session, RealmModel realm, String username) {
        UserCacheSession users = usableCache(session, realm);
        String userId = users == null ? null : cachedUserIdOf(users, realm, username);
        CachedUser cached = userId == null ? null : servableEntry(users, realm, userId);
        return cached != null && username.equalsIgnoreCase(cached.getUsername())
                ? new UserAdapter(cached, users, session, realm) : session.users().getUserByUsername(realm, username);
    }

    /** Keycloak's user cache when its entries may be served as they are (no organizations), else {@code null}. */
    private static UserCacheSession usableCache(KeycloakSession session, RealmModel realm) {
        return session.getProvider(UserCache.class) instanceof UserCacheSession users
                && !mayHaveOrganizations(session, realm) ? users : null;
    }

    /** The id Keycloak's cached "user by username" query holds, unless this session invalidated it. */
    private static String cachedUserIdOf(UserCacheSession users, RealmModel realm, String username) {
        // Keycloak's own key, with its own lower-casing (the JVM's default locale), so the same entry is found.
        String key = usernameQueryKey(realm.getId(), username.toLowerCase());
        UserListQuery query = users.isInvalid(key) ? null : users.getCache().get(key, UserListQuery.class);
        return query == null || query.getUsers().isEmpty() ? null : query.getUsers().iterator().next();
    }

    /**
     * Keycloak 26.7's key of a cached "user by username" query ({@code UserCacheSession.getUserByUsernameCacheKey},
     * not public). Should a later Keycloak name it otherwise, the entry is never found: slower, never wrong.
     */
    static String usernameQueryKey(String realmId, String lowerCaseUsername) {
        return realmId + USERNAME_QUERY_INFIX + lowerCaseUsername;
    }

    /** The user's cache entry when Keycloak would serve it unchanged, else {@code null}. */
    private static CachedUser servableEntry(UserCacheSession users, RealmModel realm, String userId) {
        CachedUser cached = users.getCache().get(userId, CachedUser.class);
        return cached != null && !users.isInvalid(userId)
                && servedAsCached(realm.getId(), cached.getRealm(), cached.getFederationLink()) ? cached : null;
    }

    /**
     * Whether Keycloak serves a cached user as it is: an entry of this realm (Keycloak looks another realm's up
     * again) of a local user (a federated one is checked against its provider's cache policy first).
     */
    static boolean servedAsCached(String realmId, String cachedRealmId, String federationLink) {
        return realmId.equals(cachedRealmId) && federationLink == null;
    }

    /**
     * Whether a user of the realm may be a managed member of an organization, which Keycloak may serve disabled
     * and read-only: unless organizations are off for the server, unknown or true until the realm cache says the
     * realm has none (the entry Keycloak's own check reads; creating an organization removes it).
     */
    private static boolean mayHaveOrganizations(KeycloakSession session, RealmModel realm) {
        if (!Profile.isFeatureEnabled(Profile.Feature.ORGANIZATION)) {
            return false;
        }
        // A checker's request asks for its caller and its subject: the realm cache is read once per request.
        OrganizationsAnswer known = session.getAttribute(ORGANIZATIONS_ANSWER, OrganizationsAnswer.class);
        if (known != null && known.realmId().equals(realm.getId())) {
            return known.mayExist();
        }
        boolean mayExist = organizationsMayExist(session, realm);
        session.setAttribute(ORGANIZATIONS_ANSWER, new OrganizationsAnswer(realm.getId(), mayExist));
        return mayExist;
    }

    private static boolean organizationsMayExist(KeycloakSession session, RealmModel realm) {
        if (!(session.getProvider(CacheRealmProvider.class) instanceof RealmCacheSession realms)) {
            return true;
        }
        String key = realm.getId() + ORGANIZATIONS_EXIST_SUFFIX;
        CachedExists exists = realms.getCache().get(key, CachedExists.class);
        return organizationsMayExist(exists == null ? null : exists.isExists(), realms.isInvalid(key));
    }

    /** {@code cachedAnswer}: the realm cache's answer, {@code null} when it has none. */
    static boolean organizationsMayExist(Boolean cachedAnswer, boolean invalidatedInThisSession) {
        return cachedAnswer == null || cachedAnswer || invalidatedInThisSession;
    }
}
