package io.runtimeaccess.reviews.registration;

import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import io.runtimeaccess.reviews.sweep.ReviewSweep;
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
 * Registers the access-review tables (prefix {@code RA_REV_}) with Keycloak's JPA layer, schedules the campaigns'
 * sweep and removes a deleted user's review items and a deleted realm's campaigns. In its own package because it
 * wires the store and the sweep together. Option {@value #SWEEP_INTERVAL} (seconds, default 60):
 * {@code --spi-jpa-entity-provider--runtime-access-reviews--sweep-interval=60}.
 */
public class ReviewsEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-reviews";
    public static final String SWEEP_INTERVAL = "sweep-interval";
    static final int DEFAULT_SWEEP_SECONDS = 60;

    private long sweepIntervalMillis = DEFAULT_SWEEP_SECONDS * 1000L;

    @Override
    public List<Class<?>> getEntities() {
        return List.of(CampaignEntity.class, ReviewItemEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-reviews-changelog/master.xml";
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
        int seconds = config.getInt(SWEEP_INTERVAL, DEFAULT_SWEEP_SECONDS);
        if (seconds < 1) {
            throw new IllegalArgumentException(SWEEP_INTERVAL + " must be at least 1 second, got " + seconds);
        }
        sweepIntervalMillis = seconds * 1000L;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ReviewSweep.scheduleAfterStartup(factory, sweepIntervalMillis);
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                ReviewStore.deleteUser(removed.getKeycloakSession(), removed.getRealm().getId(),
                        removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                ReviewStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SWEEP_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two runs of the access-review sweep (reminders, deadlines, recurrence);"
                        + " one node of a cluster runs it per interval.")
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
