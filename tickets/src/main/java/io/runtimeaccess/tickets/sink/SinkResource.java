package io.runtimeaccess.tickets.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.tickets.config.InvalidInput;
import io.runtimeaccess.tickets.config.SinkSettings;
import io.runtimeaccess.tickets.ticket.SourceKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The realm's sink at {@code .../runtime-access/tickets/config}: realm-management {@code view-realm} reads it,
 * {@code manage-realm} changes it. The token is write-only: the view says {@code tokenSet}, a PUT without a token
 * keeps the stored one, and the admin event's representation is the view, so the token is in no event either. A PUT
 * that points the sink at another site, flavour or account must send the token again (as Keycloak's LDAP settings
 * want the bind credential again for a new connection URL): otherwise an admin could send the stored secret to a host
 * of their choosing without ever knowing it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SinkResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SinkResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    public Map<String, Object> get() {
        auth.realm().requireViewRealm();
        SinkEntity sink = SinkStore.find(session, realm.getId());
        if (sink == null) {
            throw BadRequest.notFound("config", "the realm has no ticket sink");
        }
        return view(sink);
    }

    @PUT
    public Map<String, Object> put(JsonNode json) {
        auth.realm().requireManageRealm();
        SinkBody body = JsonBodies.read(json, SinkBody.class);
        SinkSettings settings;
        String token;
        try {
            settings = SinkSettings.validate(new SinkSettings.Input(body.flavour, body.baseUrl, body.projectKey,
                    body.issueType, body.email, body.fieldMapping, body.sources),
                    SinkOptions.current().allowHttpLocalhost());
            token = SinkSettings.token(body.token);
        } catch (InvalidInput e) {
            throw BadRequest.invalid(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
        SinkEntity existing = SinkStore.find(session, realm.getId());
        if (token == null && existing == null) {
            throw BadRequest.invalid("token", "is required the first time");
        }
        if (token == null && !sameAccount(existing, settings)) {
            throw BadRequest.invalid("token", "is required again when baseUrl, flavour or email changes");
        }
        Map<String, Object> view = view(SinkStore.save(session, realm.getId(), settings, token));
        adminEvent.operation(existing == null ? OperationType.CREATE : OperationType.UPDATE)
                .resourcePath(session.getContext().getUri()).representation(view).success();
        return view;
    }

    @DELETE
    public Response delete() {
        auth.realm().requireManageRealm();
        SinkEntity sink = SinkStore.find(session, realm.getId());
        if (sink == null) {
            throw BadRequest.notFound("config", "the realm has no ticket sink");
        }
        SinkStore.em(session).remove(sink);
        adminEvent.operation(OperationType.DELETE).resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }

    private static boolean sameAccount(SinkEntity stored, SinkSettings wanted) {
        return stored.getBaseUrl().equals(wanted.baseUrl().toString())
                && stored.getFlavour().equals(wanted.flavour().id())
                && Objects.equals(stored.getEmail(), wanted.email());
    }

    /** Everything but the token. */
    static Map<String, Object> view(SinkEntity sink) {
        SinkSettings settings = SinkStore.settings(sink);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("flavour", settings.flavour().id());
        view.put("baseUrl", sink.getBaseUrl());
        view.put("projectKey", settings.projectKey());
        view.put("issueType", settings.issueType());
        view.put("email", settings.email());
        view.put("fieldMapping", settings.fieldMapping().asNames());
        view.put("sources", settings.sources().stream().map(SourceKind::id).toList());
        view.put("tokenSet", sink.getToken() != null && !sink.getToken().isEmpty());
        view.put("refused", sink.getRefused());
        return view;
    }
}
