package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;

/**
 * Inviting a brand-new user from the Share dialog, as the reference describes: the user is created and gets
 * Keycloak's own invitation mail (GreenMail stands in for the realm's mail server), and the admin then shares with
 * them. A realm without a mail server, an address a user has, bad input and a mail server that refuses change nothing.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class InvitationIT extends AbstractSharingIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?key=[\\w.-]+");

    private MailServer mail;
    private Map<String, String> smtpBefore;

    @BeforeEach
    void remember() {
        Map<String, String> smtp = organization.admin().toRepresentation().getSmtpServer();
        smtpBefore = smtp == null ? Map.of() : smtp;
    }

    @AfterEach
    void putBack() {
        smtp(smtpBefore);
        if (mail != null) {
            mail.stop();
        }
    }

    private void smtp(Map<String, String> settings) {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(settings);
        organization.admin().update(realm);
    }

    private HttpResponse<String> invite(String body) {
        return adminPost("invitations", body);
    }

    @Test
    void aNewUserIsInvitedByMailAndCanThenBeSharedWith() throws Exception {
        enableAdminEvents();
        smtp(Map.of());
        assertRefused(invite("{\"email\":\"nina@new.example\"}"), 409, "email");
        assertTrue(organization.admin().users().searchByEmail("nina@new.example", true).isEmpty(), "nobody created");

        mail = new MailServer("localhost", 3025);
        smtp(Map.of("host", "localhost", "port", "3025", "from", "access@organization.example"));
        HttpResponse<String> invited = invite("{\"email\":\" nina@new.example \",\"firstName\":\"Nina\",\"lastName\":\"New\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        JsonNode view = Oidc.json(invited.body());
        String userId = view.get("userId").asText();
        assertEquals("nina@new.example", view.get("username").asText());
        assertEquals("nina@new.example", view.get("email").asText());
        UserRepresentation user = organization.admin().users().get(userId).toRepresentation();
        assertTrue(user.isEnabled());
        assertEquals("Nina", user.getFirstName());

        MimeMessage message = Mails.received(mail, 1).get("nina@new.example");
        assertNotNull(message, "the invitation goes to the address");
        Matcher link = LINK.matcher(Mails.text(message));
        assertTrue(link.find(), "Keycloak's action link: " + Mails.text(message));
        HttpResponse<String> opened = send(HttpRequest.newBuilder(URI.create(link.group())).GET());
        assertEquals(200, opened.statusCode(), "the link is Keycloak's and valid: " + opened.body());
        assertFalse(opened.body().contains("expired") || opened.body().contains("invalid"), opened.body());
        assertNotInServerLog(link.group().substring(link.group().indexOf("key=") + 4));

        List<AdminEventRepresentation> created = organization.admin().getAdminEvents(List.of("CREATE"), null, null,
                null, null, null, null, null, 0, 500).stream().filter(e -> ("users/" + userId).equals(e.getResourcePath()))
                .toList();
        assertEquals(1, created.size(), "one admin event records who invited whom");
        assertEquals("USER", created.get(0).getResourceType());

        String solution = newSolution("Invited Loans");
        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"id\":\"" + userId + "\"},\"role\":\"user\"}").statusCode());

        assertRefused(invite("{\"email\":\"NINA@new.example\"}"), 409, "email");
        assertRefused(invite("{\"email\":\"not-an-address\"}"), 400, "email");
        assertRefused(invite("{}"), 400, "email");
        assertRefused(invite("{\"email\":\"long@new.example\",\"firstName\":\"" + "n".repeat(300) + "\"}"), 400, "firstName");
        assertTrue(organization.admin().users().searchByEmail("long@new.example", true).isEmpty(), "nobody created");
        String viewer = organizationAdminToken("invite-viewer", "view-users");
        assertEquals(403, adminCall("POST", "invitations", viewer, "{\"email\":\"viewer@new.example\"}").statusCode());
        assertEquals(1, mail.getReceivedMessages().length, "no other mail went out");
    }

    /** A mail server that does not take the mail: 502 naming email, and the user is not kept without the link. */
    @Test
    void aMailServerThatRefusesKeepsNobody() {
        smtp(Map.of("host", "localhost", "port", "1", "from", "access@organization.example"));
        assertRefused(invite("{\"email\":\"otto@new.example\"}"), 502, "email");
        assertTrue(organization.admin().users().searchByEmail("otto@new.example", true).isEmpty(), "nobody kept");
    }
}
