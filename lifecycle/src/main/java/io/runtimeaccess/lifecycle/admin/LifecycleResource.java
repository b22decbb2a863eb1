package io.runtimeaccess.lifecycle.admin;

import io.runtimeaccess.lifecycle.offboard.OffboardingResource;
import io.runtimeaccess.lifecycle.onboarding.OnboardingResource;
import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The bulk-lifecycle admin API under {@code /admin/realms/{realm}/runtime-access/lifecycle}: each concept has its
 * sub-resource, which checks realm-management {@code view-users} to read and {@code manage-users} to act.
 */
public class LifecycleResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public LifecycleResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @Path("offboarding")
    public OffboardingResource offboarding() {
        return new OffboardingResource(session, realm, auth);
    }

    @Path("onboarding")
    public OnboardingResource onboarding() {
        return new OnboardingResource(session, realm, auth);
    }
}
