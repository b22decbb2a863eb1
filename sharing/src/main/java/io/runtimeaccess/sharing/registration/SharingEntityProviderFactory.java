package io.runtimeaccess.sharing.registration;

import io.runtimeaccess.sharing.extension.ProviderOptions;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.OwnerEntity;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.usage.GrantUse;
import io.runtimeaccess.sharing.usage.GrantUseEntity;
import io.runtimeaccess.sharing.usage.GrantUseFlush;
import java.util.List;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RealmProvider;
import org.keycloak.provider.Provider;

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
    /** SPI option: seconds between writes of this node's grant-use marks. */
    public static final String GRANT_USE_FLUSH_INTERVAL = "grant-use-flush-interval";
    private static final int DEFAULT_GRANT_USE_FLUSH_INTERVAL_SECONDS = 300;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(
            SharingEntityProviderFactory.class);

    private long cleanupIntervalMillis;
    private long grantUseFlushIntervalMillis;
    private KeycloakSessionFactory sessionFactory;

    @Override
    public List<Class<?>> getEntities() {
        return List.of(RuntimeRoleEntity.class, SolutionEntity.class, BuildEntity.class, GrantEntity.class,
                EndUserGroupEntity.class, GroupMemberEntity.class, GrantUseEntity.class, OwnerEntity.class);
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
        cleanupIntervalMillis = 1000L * ProviderOptions.positive(config, CLEANUP_INTERVAL,
                DEFAULT_CLEANUP_INTERVAL_SECONDS);
        grantUseFlushIntervalMillis = 1000L * ProviderOptions.positive(config, GRANT_USE_FLUSH_INTERVAL,
                DEFAULT_GRANT_USE_FLUSH_INTERVAL_SECONDS);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        sessionFactory = factory;
        ExpiredGrantsCleanup.scheduleAfterStartup(factory, cleanupIntervalMillis);
        GrantUseFlush.scheduleAfterStartup(factory, grantUseFlushIntervalMillis);
        AccessIndexes.listenToCluster(factory);
        UserRemoval.register(factory);
        // A removed realm takes its sharing rows and its in-memory index with it.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent) {
                RealmModel.RealmRemovedEvent removed = (RealmModel.RealmRemovedEvent) event;
                new SharingStore(removed.getKeycloakSession(), removed.getRealm()).deleteRealm();
                GrantUse.deleteRealm(removed.getKeycloakSession(), removed.getRealm());
                AccessIndexes.forgetAfterCommit(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }

    /**
     * What {@link #close} still needs: Keycloak closes factories in dependency order and unrelated ones in no set
     * order, and the grant uses' flush writes through the database.
     */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(JpaConnectionProvider.class, RealmProvider.class);
    }

    /** The server is stopping: this node's unflushed grant uses are written now, or they would be lost. */
    @Override
    public void close() {
        if (sessionFactory == null) {
            return;
        }
        try {
            GrantUseFlush.flush(sessionFactory);
        } catch (RuntimeException e) {
            LOG.warnf("Could not write this node's grant uses at shutdown: %s", e.getMessage());
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
