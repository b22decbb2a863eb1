package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;
import org.keycloak.representations.AccessToken;

class AccessEvaluationResourceProviderTest {

    /** A configuration scope whose {@code get(key, default)} answers {@code value} (null: the default). */
    private static Config.Scope scope(String value) {
        return scope(value, null);
    }

    /** As {@link #scope(String)}, with {@code getBoolean("console-client", default)} answering {@code console}. */
    private static Config.Scope scope(String value, Boolean console) {
        return scope(value, null, console);
    }

    /** {@code checker} and {@code selfService} answer their options' {@code get}; null takes the default. */
    private static Config.Scope scope(String checker, String selfService, Boolean console) {
        return (Config.Scope) Proxy.newProxyInstance(Config.Scope.class.getClassLoader(),
                new Class<?>[] {Config.Scope.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 2) {
                        String value = switch ((String) args[0]) {
                            case AccessEvaluationResourceProvider.CHECKER_AUDIENCE -> checker;
                            case AccessEvaluationResourceProvider.SELF_SERVICE_AUDIENCE -> selfService;
                            default -> throw new AssertionError("an unknown option: " + args[0]);
                        };
                        return value == null ? args[1] : value;
                    }
                    if (method.getName().equals("getBoolean") && args.length == 2) {
                        assertEquals(AccessEvaluationResourceProvider.CONSOLE_CLIENT, args[0]);
                        return console == null ? args[1] : console;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theCheckerAudienceDefaultsToRuntimeAccessAndMayNotBeEmpty() {
        AccessEvaluationResourceProvider provider = new AccessEvaluationResourceProvider();
        provider.init(scope(null));
        assertEquals("runtime-access", provider.checkerAudience());
        provider.init(scope(" pdp-checkers "));
        assertEquals("pdp-checkers", provider.checkerAudience());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> provider.init(scope(" ")));
        assertTrue(empty.getMessage().startsWith("checker-audience"), empty.getMessage());
        assertEquals("runtime-access", provider.getConfigMetadata().get(0).getDefaultValue());
    }

    @Test
    void theConsoleClientIsProvidedUnlessSwitchedOff() {
        AccessEvaluationResourceProvider provider = new AccessEvaluationResourceProvider();
        provider.init(scope(null));
        assertTrue(provider.consoleClient(), "on by default");
        provider.init(scope(null, false));
        assertFalse(provider.consoleClient());
        assertEquals(true, provider.getConfigMetadata().get(2).getDefaultValue());
        assertEquals(AccessEvaluationResourceProvider.CONSOLE_CLIENT, provider.getConfigMetadata().get(2).getName());
    }

    @Test
    void theSelfServiceAudienceDefaultsToRuntimeAccessAndMayNotBeEmpty() {
        AccessEvaluationResourceProvider provider = new AccessEvaluationResourceProvider();
        AccessToken apps = new AccessToken();
        apps.issuedFor("some-app");
        apps.audience("our-apps");
        try {
            provider.init(scope(null, " our-apps ", null));
            assertTrue(CallerToken.meantForSelfService(apps));
            provider.init(scope(null, null, null));
            assertFalse(CallerToken.meantForSelfService(apps), "the default is runtime-access-self-service");
            IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                    () -> provider.init(scope(null, "runtime-access", null)));
            assertTrue(same.getMessage().contains("must differ from checker-audience"), same.getMessage());
            IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                    () -> provider.init(scope(null, " ", null)));
            assertTrue(empty.getMessage().startsWith("self-service-audience"), empty.getMessage());
            assertEquals(AccessEvaluationResourceProvider.SELF_SERVICE_AUDIENCE,
                    provider.getConfigMetadata().get(1).getName());
        } finally {
            provider.init(scope(null, null, null));
        }
    }
}
