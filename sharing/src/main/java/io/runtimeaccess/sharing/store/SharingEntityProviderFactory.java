package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.index.AccessIndexes;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

/**
 * Registers the sharing tables with Keycloak's JPA layer (Keycloak runs the changelog at start-up),
 * schedules the clean-up of expired grants, and removes a realm's or a user's rows when Keycloak removes
 * the realm or the user.
 */
public class SharingEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-sharing";
    /** SPI option: seconds between clean-ups of expired grants. */
    public static final String CLEANUP_INTERVAL = "expired-grants-cleanup-interval";
    private static final int DEFAULT_CLEANUP_INTERVAL_SECONDS = 3600;

    private long cleanupIntervalMillis;

    @Override
    public List<Class<?>> getEntities() {
        return List.of(RuntimeRoleEntity.class, SolutionEntity.class, BuildEntity.class, GrantEntity.class,
                EndUserGroupEntity.class, GroupMemberEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-changelog/master.xml";
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
        cleanupIntervalMillis = 1000L * config.getInt(CLEANUP_INTERVAL, DEFAULT_CLEANUP_INTERVAL_SECONDS);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ExpiredGrantsCleanup.scheduleAfterStartup(factory, cleanupIntervalMillis);
        AccessIndexes.listenToCluster(factory);
        UserRemoval.register(factory);
        // A removed realm takes its sharing rows and its in-memory index with it.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent) {
                RealmModel.RealmRemovedEvent removed = (RealmModel.RealmRemovedEvent) event;
                new SharingStore(removed.getKeycloakSession(), removed.getRealm()).deleteRealm();
                AccessIndexes.forget(removed.getRealm().getId());
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
