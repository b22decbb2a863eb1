package io.runtimeaccess.requests.registration;

import io.runtimeaccess.requests.expiry.ExpirySweep;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The module's registration with Keycloak's JPA layer, in its own package because it wires the store and the expiry
 * sweep together (which import each other in one direction only). Registers the access-request tables (prefix {@code RA_REQ_}) with Keycloak's JPA layer, schedules the expiry
 * sweep and removes a deleted user's or realm's rows. Option {@value #EXPIRY_SWEEP_INTERVAL} (seconds, default
 * 60): {@code --spi-jpa-entity-provider--runtime-access-requests--expiry-sweep-interval=60}.
 */
public class RequestsEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-requests";
    public static final String EXPIRY_SWEEP_INTERVAL = "expiry-sweep-interval";
    static final int DEFAULT_SWEEP_SECONDS = 60;

    private long sweepIntervalMillis = DEFAULT_SWEEP_SECONDS * 1000L;

    @Override
    public List<Class<?>> getEntities() {
        return List.of(RequestableItemEntity.class, AccessRequestEntity.class, RequestDecisionEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-requests-changelog/master.xml";
    }

    @Override
    public String getFactoryId() {
        return PROVIDER_ID;
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
        int seconds = config.getInt(EXPIRY_SWEEP_INTERVAL, DEFAULT_SWEEP_SECONDS);
        if (seconds < 1) {
            throw new IllegalArgumentException(EXPIRY_SWEEP_INTERVAL + " must be at least 1 second, got " + seconds);
        }
        sweepIntervalMillis = seconds * 1000L;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ExpirySweep.scheduleAfterStartup(factory, sweepIntervalMillis);
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                RequestStore.deleteUser(removed.getKeycloakSession(), removed.getRealm().getId(),
                        removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                RequestStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(EXPIRY_SWEEP_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two sweeps that remove the access of expired requests (grants, "
                        + "memberships, roles); one node of a cluster sweeps per interval.")
                .defaultValue(DEFAULT_SWEEP_SECONDS).add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
