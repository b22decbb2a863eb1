package io.runtimeaccess.requests.registration;

import io.runtimeaccess.requests.expiry.ExpirySweep;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.extension.SweptTablesFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The module's registration with Keycloak's JPA layer, in its own package because it wires the store and the expiry
 * sweep together (which import each other in one direction only). Registers the access-request tables (prefix
 * {@code RA_REQ_}), schedules the expiry sweep and removes a deleted user's or realm's rows. Option
 * {@value #EXPIRY_SWEEP_INTERVAL} (seconds, default 60):
 * {@code --spi-jpa-entity-provider--runtime-access-requests--expiry-sweep-interval=60}.
 */
public class RequestsEntityProviderFactory extends SweptTablesFactory {

    public static final String PROVIDER_ID = "runtime-access-requests";
    public static final String EXPIRY_SWEEP_INTERVAL = "expiry-sweep-interval";

    public RequestsEntityProviderFactory() {
        super(PROVIDER_ID, "META-INF/runtime-access-requests-changelog/master.xml", EXPIRY_SWEEP_INTERVAL,
                "Seconds between two sweeps that remove the access of expired requests (grants, memberships, roles);"
                        + " one node of a cluster at a time sweeps.");
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(RequestableItemEntity.class, AccessRequestEntity.class, RequestDecisionEntity.class);
    }

    @Override
    protected void scheduleSweep(KeycloakSessionFactory factory, long intervalMillis) {
        ExpirySweep.scheduleAfterStartup(factory, intervalMillis);
    }

    @Override
    protected void userRemoved(KeycloakSession session, String realmId, String userId) {
        RequestStore.deleteUser(session, realmId, userId);
    }

    @Override
    protected void realmRemoved(KeycloakSession session, String realmId) {
        RequestStore.deleteRealm(session, realmId);
    }
}
