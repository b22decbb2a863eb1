package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every mail template renders in English and German with Keycloak's FreeMarker settings (HTML output format, so
 * interpolations are escaped unless a text template says {@code ?no_esc}) and finds each message it asks for.
 */
class MailTemplatesTest {

    private static final List<String> TEMPLATES = List.of("created", "approved", "rejected", "cancelled", "expired",
            "decided");

    @Test
    void bothLocalesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(messages("en").stringPropertyNames()),
                new TreeSet<>(messages("de").stringPropertyNames()));
    }

    @Test
    void everyTemplateRendersInBothLocalesWithAndWithoutOptionalText() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String locale : List.of("en", "de")) {
            for (String name : TEMPLATES) {
                for (String format : List.of("html", "text")) {
                    for (boolean optional : List.of(true, false)) {
                        String out = render(format + "/runtime-access-request-" + name + ".ftl", locale,
                                attributes(optional), used);
                        assertFalse(out.isBlank(), name);
                        assertFalse(out.contains("runtimeAccess"), "an unknown message key shows: " + out);
                        assertTrue(out.contains("r-1"), "the request is named: " + out);
                    }
                }
            }
        }
        assertTrue(messages("en").stringPropertyNames().containsAll(used), used.toString());
    }

    @Test
    void germanReadsGermanAndHtmlIsEscapedButTextIsNot() throws Exception {
        Map<String, Object> attributes = attributes(true);
        String de = render("text/runtime-access-request-created.ftl", "de", attributes, new TreeSet<>());
        assertTrue(de.contains("Rita (rita) beantragt Laufzeitrolle payments-reader der Lösung Payments & Co für 8h."),
                de);
        assertTrue(de.contains("Begründung: close <books>"), de);
        String html = render("html/runtime-access-request-created.ftl", "en", attributes, new TreeSet<>());
        assertTrue(html.contains("Justification: close &lt;books&gt;"), html);
        assertTrue(html.contains("of solution Payments &amp; Co"), html);
        assertTrue(html.contains("two approvals"), html);
    }

    @Test
    void anOffboardedRequestersCancellationSaysWhyToTheApprovers() throws Exception {
        Map<String, Object> attributes = attributes(false);
        attributes.put("toRequester", false);
        attributes.put("offboarded", true);
        for (String format : List.of("html", "text")) {
            String en = render(format + "/runtime-access-request-cancelled.ftl", "en", attributes, new TreeSet<>());
            String solution = format.equals("html") ? "Payments &amp; Co" : "Payments & Co";
            assertTrue(en.contains("The request of Rita (rita) for runtime role payments-reader of solution " + solution
                    + " was cancelled: the account was offboarded."), en);
            String de = render(format + "/runtime-access-request-cancelled.ftl", "de", attributes, new TreeSet<>());
            assertTrue(de.contains("das Konto wurde deaktiviert (Offboarding)"), de);
        }
        attributes.put("offboarded", false);
        String byRequester = render("text/runtime-access-request-cancelled.ftl", "en", attributes, new TreeSet<>());
        assertTrue(byRequester.contains("Rita (rita) cancelled the request for"), byRequester);
    }

    private static Map<String, Object> attributes(boolean optional) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("requestId", "r-1");
        attributes.put("requester", "Rita (rita)");
        attributes.put("itemKind", "runtime-role");
        attributes.put("itemName", "payments-reader");
        attributes.put("itemScope", "Payments & Co");
        attributes.put("duration", "8h");
        attributes.put("approvalsNeeded", 2);
        attributes.put("automatic", false);
        attributes.put("toRequester", true);
        attributes.put("approved", true);
        attributes.put("decidedBy", "amy");
        attributes.put("expiresAt", "2026-12-04 20:15 UTC");
        attributes.put("endedAt", "2026-12-04 20:15 UTC");
        if (optional) {
            attributes.put("justification", "close <books>");
            attributes.put("ticket", "OPS-7");
            attributes.put("comment", "fine");
        }
        return attributes;
    }

    @SuppressWarnings("unchecked") // FreeMarker hands a method its arguments as a raw List
    private static String render(String template, String locale, Map<String, Object> attributes, Set<String> used)
            throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_32);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding("UTF-8");
        config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            new ClassTemplateLoader(MailTemplatesTest.class, "/theme-resources/templates"),
            new ClassTemplateLoader(MailTemplatesTest.class, "/email")}));
        Properties messages = messages("en");
        if (!locale.equals("en")) {
            messages.putAll(messages(locale));
        }
        Map<String, Object> model = new HashMap<>(attributes);
        model.put("locale", Locale.forLanguageTag(locale));
        model.put("realmName", "Organization");
        model.put("msg", (TemplateMethodModelEx) arguments -> {
            String key = arguments.get(0).toString();
            used.add(key);
            Object[] values = arguments.subList(1, arguments.size()).stream().map(Object::toString).toArray();
            return new MessageFormat(messages.getProperty(key, key), Locale.forLanguageTag(locale)).format(values);
        });
        StringWriter out = new StringWriter();
        config.getTemplate(template).process(model, out);
        return out.toString();
    }

    private static Properties messages(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream("/theme-resources/messages/messages_" + locale
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
