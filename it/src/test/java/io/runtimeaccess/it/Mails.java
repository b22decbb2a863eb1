package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.testframework.mail.MailServer;

/** Reading what the tests' GreenMail server received: the mails by recipient, and their bodies. */
final class Mails {

    private Mails() {
    }

    /** Waits for exactly {@code count} mails in all and returns them by their first recipient. */
    static Map<String, MimeMessage> received(MailServer mail, int count) throws Exception {
        assertTrue(mail.waitForIncomingEmail(30_000, count), "expected " + count + " mails, got "
                + mail.getReceivedMessages().length);
        // a mail sent right after the awaited ones would make the count below fail, as it should
        Thread.sleep(300);
        MimeMessage[] messages = mail.getReceivedMessages();
        assertEquals(count, messages.length, "exactly " + count + " mails");
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage message : messages) {
            byRecipient.put(addresses(message.getAllRecipients()).get(0), message);
        }
        return byRecipient;
    }

    static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** The plain-text body, or null. */
    static String text(Part part) throws Exception {
        return content(part, "text/plain");
    }

    /** The HTML body, or null. */
    static String html(Part part) throws Exception {
        return content(part, "text/html");
    }

    private static String content(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = content(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
