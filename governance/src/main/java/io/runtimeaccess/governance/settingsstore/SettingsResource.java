package io.runtimeaccess.governance.settingsstore;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code GET/PUT …/runtime-access/governance/settings}: reading needs view-users, changing manage-users. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /** Where a settings change is recorded in the admin events. */
    public static final String RESOURCE_PATH = "runtime-access/governance/settings";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SettingsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    public Map<String, Object> get() {
        auth.users().requireView();
        return SettingsUpdate.representation(SettingsStore.of(session, realm));
    }

    /** Absent fields stay as they are; a bad field is a 400 naming it and nothing is stored. */
    @PUT
    public Map<String, Object> put(JsonNode body) {
        auth.users().requireManage();
        // checked before anything is locked or stored: a realm's first change stores its row before it applies
        SettingsUpdate.apply(SettingsStore.of(session, realm), body);
        GovernanceSettings updated = SettingsUpdate.apply(SettingsStore.forUpdate(session, realm), body);
        SettingsStore.save(session, realm, updated, auth.adminAuth().getUser().getId());
        Map<String, Object> rep = SettingsUpdate.representation(updated);
        adminEvent.resource(ResourceType.CUSTOM).operation(OperationType.UPDATE).resourcePath(RESOURCE_PATH)
                .representation(rep).success();
        return rep;
    }
}
