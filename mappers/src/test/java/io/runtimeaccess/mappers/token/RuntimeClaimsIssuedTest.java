package io.runtimeaccess.mappers.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class RuntimeClaimsIssuedTest {

    @AfterEach
    void noListener() {
        RuntimeClaimsIssued.listen(null);
    }

    /** Use tracking is bookkeeping: a listener that throws costs the user no token. */
    @Test
    void aListenerThatThrowsDoesNotFailTheToken() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeClaimsIssued.listen((session, realm, user) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("the index is being rebuilt");
        });
        RealmModel realm = (RealmModel) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RealmModel.class}, (proxy, method, args) -> "getName".equals(method.getName()) ? "r" : null);
        assertDoesNotThrow(() -> RuntimeClaimsIssued.fire(null, realm, null));
        assertEquals(1, calls.get());
    }
}
