package io.runtimeaccess.reviews.audit;

import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Every state change of a campaign and every decision is a CUSTOM admin event under
 * {@code runtime-access/reviews/{campaignId}}: CREATE when it starts, UPDATE for each reviewer's decision
 * ({@code .../items/{itemId}}), ACTION for the reminders sent, the deadline's default decisions (one event with their
 * count; each is in the evidence), the close and each revoke not carried out (failed, or a kept item shares what it
 * removes), DELETE for each revocation applied at close (besides the sharing or role change's own event). The
 * representation carries {@code event} naming the change. The auth details name the acting admin, or only the realm
 * for the background job.
 */
public final class ReviewEvents {

    public static final String PATH = "reviews/";

    private ReviewEvents() {
    }

    public static void campaign(KeycloakSession session, RealmModel realm, OperationType operation, String event,
            String campaignId, Map<String, Object> details, AuthDetails actor) {
        ServerAdminEvents.record(session, realm, operation, PATH + campaignId, with(event, details), actor);
    }

    public static void item(KeycloakSession session, RealmModel realm, OperationType operation, String event,
            String campaignId, String itemId, Map<String, Object> details, AuthDetails actor) {
        ServerAdminEvents.record(session, realm, operation, PATH + campaignId + "/items/" + itemId,
                with(event, details), actor);
    }

    /** The server itself, naming only the realm (the background job). */
    public static AuthDetails server(RealmModel realm) {
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        return auth;
    }

    private static Map<String, Object> with(String event, Map<String, Object> details) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("event", event);
        rep.putAll(details);
        return rep;
    }
}
