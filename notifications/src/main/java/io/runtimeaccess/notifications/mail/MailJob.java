package io.runtimeaccess.notifications.mail;

import java.net.URI;
import java.util.List;

/**
 * What the outbox hands to a sender thread: a message for some users of a realm, by id, and the server's base URI as
 * the request that queued it saw it (Keycloak's email theme builds its links from it; a background thread has no
 * request to ask).
 */
public record MailJob(String realmId, String realmName, List<String> userIds, MailMessage message, URI baseUri) {

    public MailJob {
        userIds = List.copyOf(userIds);
    }
}
