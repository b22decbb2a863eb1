package io.runtimeaccess.events.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.finding.FindingSettings;
import io.runtimeaccess.events.finding.FindingSettings.Response;
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
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code .../anomaly-findings/settings}: the realm's webhook and automatic responses. The secret is
 * write-only: reads say whether one is set, never what it is.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingSettingsResource {

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
        return representation(FindingSettings.of(realm));
    }

    /** Any of {@code webhookUrl}, {@code webhookSecret} ("" removes either) and {@code responses}; absent fields stay. */
    @PUT
    public Map<String, Object> update(JsonNode body) {
        auth.realm().requireManageEvents();
        if (body == null || !body.isObject()) {
            throw InvalidRequest.badValue("settings", "must be a JSON object");
        }
        String url = FindingsResource.text(body, "webhookUrl");
        String secret = FindingsResource.text(body, "webhookSecret");
        Map<Severity, Response> responses = responses(body.get("responses"));
        if (url != null && !url.isEmpty()) {
            requireHttpUrl(url);
        }
        // Everything is valid: only now write.
        set(FindingSettings.WEBHOOK_URL, url);
        set(FindingSettings.WEBHOOK_SECRET, secret);
        responses.forEach((severity, response) -> set(FindingSettings.RESPONSE_PREFIX + severity.name(),
                response == Response.NONE ? "" : response.wireName()));
        Map<String, Object> representation = representation(FindingSettings.of(realm));
        adminEvent.operation(OperationType.UPDATE).resourcePath(session.getContext().getUri())
                .representation(representation).success();
        return representation;
    }

    private void set(String attribute, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            realm.removeAttribute(attribute);
        } else {
            realm.setAttribute(attribute, value);
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
            Response response = Response.fromWireName(field.getValue().asText());
            if (severity == Severity.NONE || response == null) {
                throw InvalidRequest.badValue("responses." + field.getKey(),
                        "must be one of none, revoke-sessions, disable-user for low, medium, high or critical");
            }
            responses.put(severity, response);
        }
        return responses;
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw InvalidRequest.badValue("webhookUrl", "must be an http or https URL");
            }
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.badValue("webhookUrl", "is not a URL");
        }
    }

    private static Map<String, Object> representation(FindingSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("webhookUrl", settings.webhookUrl());
        json.put("webhookSecretSet", settings.webhookSecret() != null && !settings.webhookSecret().isEmpty());
        Map<String, String> responses = new LinkedHashMap<>();
        settings.responses().forEach((severity, response) -> responses.put(severity.name().toLowerCase(Locale.ROOT),
                response.wireName()));
        json.put("responses", responses);
        return json;
    }
}
