package io.runtimeaccess.notifications.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One email to render with Keycloak's email theme: the template ({@code html/} and {@code text/} of the same name
 * under {@code theme-resources/templates}), the message key of the subject with its parameters, and the template's
 * attributes. Keycloak adds {@code user}, {@code realmName}, {@code locale} and {@code msg} itself, in each
 * recipient's locale. Attributes are plain values (strings, numbers): a message is handed to another thread, so it
 * must not hold a model object of the request's session.
 */
public record MailMessage(String template, String subjectKey, List<Object> subjectParameters,
        Map<String, Object> attributes) {

    /** Our templates are named so, so that they can never shadow one of Keycloak's or another extension's. */
    public static final String TEMPLATE_PREFIX = "runtime-access-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public MailMessage {
        if (template == null || !template.startsWith(TEMPLATE_PREFIX) || !template.endsWith(".ftl")) {
            throw new IllegalArgumentException("a template is named " + TEMPLATE_PREFIX + "….ftl, not " + template);
        }
        if (subjectKey == null || subjectKey.isBlank()) {
            throw new IllegalArgumentException("a subject message key is required");
        }
        subjectParameters = List.copyOf(subjectParameters);
        // Absent values are left out rather than refused: templates test them with ?? or a default.
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    /** An instant as a reader sees it in every mail, in UTC (a mail goes to people in any time zone). */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
