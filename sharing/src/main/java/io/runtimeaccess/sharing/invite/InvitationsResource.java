package io.runtimeaccess.sharing.invite;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST invitations} ({@code manage-users}): {@code {"email", "firstName", "lastName"}} (the names optional)
 * creates the user and mails the invitation; 201 with {@code {"userId", "username", "email"}}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public InvitationsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** The request's fields, as the console sends them. */
    public static final class Body {
        public String email;
        public String firstName;
        public String lastName;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(JsonNode json) {
        auth.users().requireManage();
        Body body = JsonBodies.read(json, Body.class);
        Invitation invitation = Invitation.of(body.email, body.firstName, body.lastName);
        UserModel user = invitation.send(session, realm);
        Map<String, Object> view = Map.of("userId", user.getId(), "username", user.getUsername(),
                "email", user.getEmail());
        adminEvent.resource(ResourceType.USER).operation(OperationType.CREATE)
                .resourcePath("users", user.getId()).representation(view).success();
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
