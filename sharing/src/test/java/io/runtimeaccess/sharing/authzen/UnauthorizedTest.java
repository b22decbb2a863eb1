package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class UnauthorizedTest {

    private static final RealmModel REALM = (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(),
            new Class<?>[] {RealmModel.class}, (proxy, method, args) -> {
                if (method.getName().equals("getName")) {
                    return "organization";
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void aRefusalSaysWhyInTheChallengeAndTheBody() {
        Unauthorized refused = Unauthorized.refused(null, REALM, "Bearer", Unauthorized.INVALID_TOKEN,
                "the token's \"client\" is\r\ndisabled");
        assertEquals(401, refused.getResponse().getStatus());
        assertEquals("Bearer realm=\"organization\", error=\"invalid_token\", "
                + "error_description=\"the token's 'client' is  disabled\"",
                refused.getResponse().getHeaderString("WWW-Authenticate"), "no quote or line break breaks the header");
        assertEquals(Map.of("error", "invalid_token", "error_description", "the token's \"client\" is\r\ndisabled"),
                refused.getResponse().getEntity(), "the JSON body keeps the text as it is");
    }

    @Test
    void noTokenIsABareChallenge() {
        assertEquals("Bearer realm=\"organization\"",
                Unauthorized.noToken(REALM).getResponse().getHeaderString("WWW-Authenticate"));
    }
}
