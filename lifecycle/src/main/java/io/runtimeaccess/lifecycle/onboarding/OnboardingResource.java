package io.runtimeaccess.lifecycle.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.lifecycle.actor.AdminActor;
import io.runtimeaccess.lifecycle.onboard.InvalidUsers;
import io.runtimeaccess.lifecycle.onboard.NewUser;
import io.runtimeaccess.lifecycle.onboard.UserRows;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * CSV onboarding at {@code POST /admin/realms/{realm}/runtime-access/lifecycle/onboarding}, body
 * {@code {"csv": "..."}} (JSON, so that the API's error handling and bad-input tests cover it like every other
 * endpoint). Needs realm-management {@code manage-users}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    /** Characters of CSV at most: 1,000 users of a few attributes fit with room to spare. */
    static final int MAX_CSV = 2_000_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public OnboardingResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    public Map<String, Object> onboard(JsonNode body) {
        auth.users().requireManage();
        if (body == null || !body.isObject()) {
            throw BadRequest.invalid("body", "a JSON object with the field csv is required");
        }
        JsonBodies.onlyFields(body, Set.of("csv"));
        JsonNode csv = body.get("csv");
        if (csv == null || !csv.isTextual()) {
            throw BadRequest.invalid("csv", "the CSV text is required, as a JSON string");
        }
        if (csv.asText().length() > MAX_CSV) {
            throw BadRequest.invalid("csv", "at most " + MAX_CSV + " characters");
        }
        List<NewUser> rows;
        try {
            rows = UserRows.read(csv.asText());
        } catch (InvalidUsers e) {
            throw BadRequest.invalid(e.field(), e.getMessage());
        }
        return new CsvOnboarding(session, realm).onboard(rows, AdminActor.of(session, auth.adminAuth()));
    }
}
