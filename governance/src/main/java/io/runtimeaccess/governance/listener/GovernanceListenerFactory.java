package io.runtimeaccess.governance.listener;

import io.runtimeaccess.governance.run.NightlyRuns;
import io.runtimeaccess.governance.run.Onboarding;
import io.runtimeaccess.governance.run.RunStore;
import io.runtimeaccess.governance.signin.SignInMarks;
import io.runtimeaccess.governance.snapshot.SnapshotCache;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RealmProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.timer.TimerProvider;

/**
 * Global (every realm, no per-realm event settings): sign-in marks and onboarding ({@link GovernanceListener}).
 * Schedules the background flush of sign-in marks on every node and the nightly runs on one node, and removes a
 * user's or a realm's rows when Keycloak removes them. Options: {@value #SIGN_IN_FLUSH_INTERVAL},
 * {@value #NIGHTLY_INTERVAL} (seconds) and {@value #NIGHTLY_REALMS} (names, comma-separated; empty: every realm).
 */
public class GovernanceListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "runtime-access-governance";
    public static final String SIGN_IN_FLUSH_INTERVAL = "sign-in-flush-interval";
    public static final String NIGHTLY_INTERVAL = "nightly-interval";
    public static final String NIGHTLY_REALMS = "nightly-realms";
    static final int DEFAULT_FLUSH_SECONDS = 60;
    static final int DEFAULT_NIGHTLY_SECONDS = 24 * 3600;
    private static final String FLUSH_TASK = "runtime-access-governance-sign-in-flush";
    private static final Logger LOG = Logger.getLogger(GovernanceListenerFactory.class);

    private long flushMillis;
    private long nightlyMillis;
    private Set<String> nightlyRealms;
    private KeycloakSessionFactory factory;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new GovernanceListener(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
        flushMillis = 1000L * Math.max(1, config.getInt(SIGN_IN_FLUSH_INTERVAL, DEFAULT_FLUSH_SECONDS));
        nightlyMillis = 1000L * Math.max(60, config.getInt(NIGHTLY_INTERVAL, DEFAULT_NIGHTLY_SECONDS));
        nightlyRealms = Arrays.stream(config.get(NIGHTLY_REALMS, "").split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        this.factory = factory;
        NightlyRuns.scheduleAfterStartup(factory, nightlyMillis, nightlyRealms);
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .scheduleTask(SignInMarks::flush, flushMillis, FLUSH_TASK));
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                SignInMarks.deleteUser(entityManager(removed.getKeycloakSession()), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                String realmId = removed.getRealm().getId();
                SignInMarks.deleteRealm(entityManager(removed.getKeycloakSession()), realmId);
                new RunStore(removed.getKeycloakSession(), realmId).deleteRealm();
                SnapshotCache.forget(realmId);
            }
        });
    }

    private static jakarta.persistence.EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(SIGN_IN_FLUSH_INTERVAL).type("int").defaultValue(DEFAULT_FLUSH_SECONDS)
                .helpText("Seconds between writes of the sign-in marks each node keeps in memory").add()
                .property().name(NIGHTLY_INTERVAL).type("int").defaultValue(DEFAULT_NIGHTLY_SECONDS)
                .helpText("Seconds between scheduled access-intelligence runs (one node of the cluster runs them)").add()
                .property().name(NIGHTLY_REALMS).type("string").defaultValue("")
                .helpText("Realms the scheduled runs analyse, comma-separated; empty: every realm not in mode off").add()
                .build();
    }

    /**
     * What {@link #close} still needs: Keycloak closes factories in dependency order and unrelated ones in no set
     * order, and the sign-in marks' flush writes through the database.
     */
    @Override
    public Set<Class<? extends Provider>> dependsOn() {
        return Set.of(JpaConnectionProvider.class, RealmProvider.class, UserProvider.class);
    }

    @Override
    public void close() {
        Onboarding.shutdown();
        if (factory == null) {
            return;
        }
        try {
            // a clean shut-down loses no sign-ins
            KeycloakModelUtils.runJobInTransaction(factory, SignInMarks::flush);
        } catch (RuntimeException e) {
            LOG.warnf("Sign-in marks not flushed at shut-down: %s", e.getMessage());
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
