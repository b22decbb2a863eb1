package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.keycloak.email.EmailException;

class MailFailureTextTest {

    @Test
    void aFailureIsLoggedAsItsTypesWithoutTheServersReplyOrTheHost() {
        EmailException rejected = new EmailException("Failed to send email",
                new IOException("550 5.1.1 <bob@example.com>: Recipient address rejected"));
        assertEquals("EmailException < IOException", KeycloakMailDelivery.failure(rejected));
        EmailException unknownHost = new EmailException("Failed to send email",
                new IllegalStateException("Couldn't connect", new UnknownHostException("smtp.internal.example")));
        assertEquals("EmailException < IllegalStateException < UnknownHostException",
                KeycloakMailDelivery.failure(unknownHost));
    }
}
