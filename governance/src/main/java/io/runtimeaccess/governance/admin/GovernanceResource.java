package io.runtimeaccess.governance.admin;

import io.runtimeaccess.governance.queue.ProposalsResource;
import io.runtimeaccess.governance.reports.ReportsResource;
import io.runtimeaccess.governance.riskstore.RiskResource;
import io.runtimeaccess.governance.run.RunsResource;
import io.runtimeaccess.governance.separation.SodResource;
import io.runtimeaccess.governance.settingsstore.SettingsResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The access-intelligence admin API under {@code /admin/realms/{realm}/runtime-access/governance}. Reading
 * needs realm-management {@code view-users}, deciding {@code manage-users}. Each concept has its sub-resource.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernanceResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public GovernanceResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    // Sub-resource locators, one per concept (proposals, settings, runs, reports, risk, sod, role-mining).

    @Path("proposals")
    public ProposalsResource proposals() {
        return new ProposalsResource(session, realm, auth);
    }

    @Path("settings")
    public SettingsResource settings() {
        return new SettingsResource(session, realm, auth, adminEvent);
    }

    @Path("runs")
    public RunsResource runs() {
        return new RunsResource(session, realm, auth, adminEvent);
    }

    @Path("reports")
    public ReportsResource reports() {
        return new ReportsResource(session, realm, auth);
    }

    @Path("sod")
    public SodResource sod() {
        return new SodResource(session, realm, auth, adminEvent);
    }

    /** User risk: {@code risk} (ranking) and {@code users/{user}/risk}. */
    @Path("{riskScope: risk|users}")
    public RiskResource risk(@PathParam("riskScope") String scope) {
        return new RiskResource(session, realm, auth, adminEvent, scope);
    }

    @Path("role-mining")
    public io.runtimeaccess.governance.rolemining.RoleMiningResource roleMining() {
        return new io.runtimeaccess.governance.rolemining.RoleMiningResource(session, realm, auth);
    }
}
