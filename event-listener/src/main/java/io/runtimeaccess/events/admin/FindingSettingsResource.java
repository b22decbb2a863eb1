package io.runtimeaccess.events.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.finding.FindingSettings;
import io.runtimeaccess.events.listener.RuntimeAccessEventListenerFactory;
import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.response.Response;
import io.runtimeaccess.events.settings.FindingSettingsEntity;
import io.runtimeaccess.events.settings.SettingsStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code .../anomaly-findings/settings}: the realm's webhook and automatic responses. Reading needs
 * {@code view-events}. Changing anything needs {@code manage-realm}: the webhook sends the realm's
 * findings (usernames, addresses) out of Keycloak, which is realm configuration. Changing the automatic
 * responses also needs {@code manage-users}, since they revoke sessions and disable accounts. The secret
 * is write-only: reads say whether one is set, never what it is.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingSettingsResource {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_SECRET_LENGTH = 1024;
    /** What a body may hold: the settings, and the GET answer's read-only {@code webhookSecretSet} and {@code problems}. */
    static final Set<String> FIELDS = Set.of("webhookUrl", "webhookSecret", "responses", "webhookSecretSet", "problems");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    FindingSettingsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    public Map<String, Object> get() {
        auth.realm().requireViewEvents();
        return representation(FindingSettings.of(session, realm));
    }

    /** Any of {@code webhookUrl}, {@code webhookSecret} ("" removes either) and {@code responses}; absent fields stay. */
    @PUT
    public Map<String, Object> update(JsonNode body) {
        auth.realm().requireManageRealm();
        if (body == null || !body.isObject()) {
            throw InvalidRequest.badValue("settings", "must be a JSON object");
        }
        // a misspelt setting is refused, not left as it was; the GET answer's read-only members may be sent back
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw InvalidRequest.badValue(LogText.oneLine(name), "is not a field of this body");
            }
        });
        if (body.has("responses")) {
            auth.users().requireManage();
        }
        String url = text(body, "webhookUrl", MAX_URL_LENGTH);
        String secret = text(body, "webhookSecret", MAX_SECRET_LENGTH);
        Map<Severity, Response> responses = responses(body.get("responses"));
        if (url != null && !url.isEmpty()) {
            requireReachableUrl(url);
        }
        if (url == null && secret == null && responses.isEmpty()) {
            // nothing to change: no row is inserted for it, and there is no change to record
            return representation(FindingSettings.of(session, realm));
        }
        // Everything is valid: only now write.
        FindingSettingsEntity stored = new SettingsStore(session).findForUpdate(realm.getId());
        if (url != null) {
            stored.setWebhookUrl(url.isEmpty() ? null : url);
        }
        if (secret != null) {
            stored.setWebhookSecret(secret.isEmpty() ? null : secret);
        }
        responses.forEach((severity, response) -> setResponse(stored, severity,
                response == Response.NONE ? null : response.wireName()));
        Map<String, Object> representation = representation(FindingSettings.of(stored));
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                .representation(representation).success();
        return representation;
    }

    private static String text(JsonNode body, String field, int maxLength) {
        String value = FindingsResource.text(body, field);
        if (value != null && value.length() > maxLength) {
            throw InvalidRequest.badValue(field, "must be at most " + maxLength + " characters");
        }
        // PostgreSQL refuses NUL in text: the write would fail at commit with a server error
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw InvalidRequest.badValue(field, "contains a NUL character");
        }
        return value;
    }

    private static void setResponse(FindingSettingsEntity stored, Severity severity, String wireName) {
        switch (severity) {
            case LOW -> stored.setResponseLow(wireName);
            case MEDIUM -> stored.setResponseMedium(wireName);
            case HIGH -> stored.setResponseHigh(wireName);
            case CRITICAL -> stored.setResponseCritical(wireName);
            default -> throw new IllegalArgumentException(severity.name());
        }
    }

    private static Map<Severity, Response> responses(JsonNode node) {
        Map<Severity, Response> responses = new EnumMap<>(Severity.class);
        if (node == null || node.isNull()) {
            return responses;
        }
        if (!node.isObject()) {
            throw InvalidRequest.badValue("responses", "must be an object of severity to response");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Severity severity;
            try {
                severity = Severity.valueOf(field.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidRequest.badValue("responses." + field.getKey(), "is not low, medium, high or critical");
            }
            Response response = field.getValue().isTextual() ? Response.fromWireName(field.getValue().asText()) : null;
            if (severity == Severity.NONE || response == null) {
                throw InvalidRequest.badValue("responses." + field.getKey(),
                        "must be one of none, revoke-sessions, disable-user for low, medium, high or critical");
            }
            responses.put(severity, response);
        }
        return responses;
    }

    /** A valid http(s) URL whose host resolves to addresses a webhook may reach (checked again at delivery). */
    private void requireReachableUrl(String url) {
        String problem = FindingSettings.urlProblem(url);
        if (problem != null) {
            throw InvalidRequest.badValue("webhookUrl", problem);
        }
        URI uri = URI.create(url);
        RuntimeAccessEventListenerFactory listener = (RuntimeAccessEventListenerFactory) session
                .getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class,
                        RuntimeAccessEventListenerFactory.PROVIDER_ID);
        String refusal = listener.webhookAddresses().refusal(uri);
        if (refusal != null) {
            throw InvalidRequest.badValue("webhookUrl", "is refused: the host " + refusal);
        }
    }

    private static Map<String, Object> representation(FindingSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("webhookUrl", settings.webhookUrl());
        json.put("webhookSecretSet", settings.webhookSecret() != null);
        Map<String, String> responses = new LinkedHashMap<>();
        settings.responses().forEach((severity, response) -> responses.put(severity.name().toLowerCase(Locale.ROOT),
                response.wireName()));
        json.put("responses", responses);
        if (!settings.problems().isEmpty()) {
            json.put("problems", settings.problems());
        }
        return json;
    }
}
