package io.runtimeaccess.requests.registration;

import io.runtimeaccess.requests.expiry.ExpirySweep;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.extension.ProviderOptions;
import io.runtimeaccess.sharing.extension.SweptTablesFactory;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The module's registration with Keycloak's JPA layer, in its own package because it wires the store and the expiry
 * sweep together (which import each other in one direction only). Registers the access-request tables (prefix
 * {@code RA_REQ_}), schedules the expiry sweep and removes a deleted user's or realm's rows. Options
 * {@value #EXPIRY_SWEEP_INTERVAL} (seconds, default 60):
 * {@code --spi-jpa-entity-provider--runtime-access-requests--expiry-sweep-interval=60}, and
 * {@value #EXPIRY_SWEEP_BATCH} (requests ended per sweep, default 500).
 */
public class RequestsEntityProviderFactory extends SweptTablesFactory {

    public static final String PROVIDER_ID = "runtime-access-requests";
    public static final String EXPIRY_SWEEP_INTERVAL = "expiry-sweep-interval";
    public static final String EXPIRY_SWEEP_BATCH = "expiry-sweep-batch";
    static final int DEFAULT_BATCH = 500;

    private int batch = DEFAULT_BATCH;

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
    public void init(Config.Scope config) {
        super.init(config);
        batch = ProviderOptions.positive(config, EXPIRY_SWEEP_BATCH, DEFAULT_BATCH);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> options = new ArrayList<>(super.getConfigMetadata());
        options.addAll(ProviderConfigurationBuilder.create()
                .property().name(EXPIRY_SWEEP_BATCH).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Expired requests one sweep ends at most; more are left for the next sweep, which starts"
                        + " after the last one taken.").defaultValue(DEFAULT_BATCH).add()
                .build());
        return options;
    }

    @Override
    protected void scheduleSweep(KeycloakSessionFactory factory, long intervalMillis) {
        ExpirySweep.scheduleAfterStartup(factory, intervalMillis, batch);
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
