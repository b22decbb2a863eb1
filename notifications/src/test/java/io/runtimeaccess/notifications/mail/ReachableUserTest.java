package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

/** Who a mail goes to: a user still there, enabled, with an address. */
class ReachableUserTest {

    private static UserModel user(boolean enabled, String email) {
        return (UserModel) Proxy.newProxyInstance(UserModel.class.getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isEnabled" -> enabled;
                    case "getEmail" -> email;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aDisabledAccountIsToldNothing() {
        assertTrue(KeycloakMailDelivery.reachable(user(true, "amy@example.com")));
        assertFalse(KeycloakMailDelivery.reachable(user(false, "amy@example.com")), "disabled");
        assertFalse(KeycloakMailDelivery.reachable(user(true, " ")), "no address");
        assertFalse(KeycloakMailDelivery.reachable(user(true, null)), "no address");
        assertFalse(KeycloakMailDelivery.reachable(null), "gone");
    }
}
