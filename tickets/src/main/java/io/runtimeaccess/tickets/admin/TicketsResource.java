package io.runtimeaccess.tickets.admin;

import io.runtimeaccess.tickets.courier.ConnectionTestResource;
import io.runtimeaccess.tickets.outbox.OutboxResource;
import io.runtimeaccess.tickets.sink.SinkResource;
import jakarta.ws.rs.Path;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The ticket-sink admin API under {@code /admin/realms/{realm}/runtime-access/tickets}: the sink's configuration,
 * the outbox and the connection test; each sub-resource checks realm-management {@code view-realm} to read, {@code manage-realm} to
 * change.
 */
public class TicketsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public TicketsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @Path("config")
    public SinkResource config() {
        return new SinkResource(session, realm, auth, adminEvent);
    }

    @Path("outbox")
    public OutboxResource outbox() {
        return new OutboxResource(session, realm, auth, adminEvent);
    }

    @Path("test")
    public ConnectionTestResource test() {
        return new ConnectionTestResource(session, realm, auth);
    }
}
