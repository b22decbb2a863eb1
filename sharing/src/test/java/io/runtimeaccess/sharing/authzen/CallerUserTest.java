package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.keycloak.models.cache.infinispan.UserCacheSession;

class CallerUserTest {

    @Test
    void onlyALocalUserOfTheSameRealmIsServedFromTheCacheEntry() {
        assertTrue(CallerUser.servedAsCached("realm-a", "realm-a", null));
        assertFalse(CallerUser.servedAsCached("realm-a", "realm-b", null), "another realm's entry");
        assertFalse(CallerUser.servedAsCached("realm-a", "realm-a", "ldap-1"), "a federated user");
    }

    @Test
    void organizationsMayExistUnlessTheRealmCacheSaysNoneAndNothingInvalidatedIt() {
        assertFalse(CallerUser.organizationsMayExist(false, false));
        assertTrue(CallerUser.organizationsMayExist(null, false), "no cached answer yet");
        assertTrue(CallerUser.organizationsMayExist(true, false), "the realm has organizations");
        assertTrue(CallerUser.organizationsMayExist(false, true), "this session created one");
    }

    /** Keycloak's key is not public: this fails when a Keycloak upgrade changes it (the fast path would never apply). */
    @Test
    void theUsernameQueryKeyIsKeycloaksOwn() throws ReflectiveOperationException {
        Method keycloaks = UserCacheSession.class.getDeclaredMethod("getUserByUsernameCacheKey", String.class,
                String.class);
        keycloaks.setAccessible(true);
        assertEquals(keycloaks.invoke(null, "realm-a", "jill"), CallerUser.usernameQueryKey("realm-a", "jill"));
    }
}
