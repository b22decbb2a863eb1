package io.runtimeaccess.sharing.extension;

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
 * A module's tables registered with Keycloak's JPA layer, together with the background sweep that works on them and
 * the clean-up when a user or a realm is removed: what the access-request and access-review modules both need. The
 * sweep's interval is one option in seconds (at least 1), named by the module.
 */
public abstract class SweptTablesFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final int DEFAULT_SWEEP_SECONDS = 60;

    private final String id;
    private final String changelog;
    private final String intervalOption;
    private final String intervalHelp;
    private long sweepIntervalMillis = DEFAULT_SWEEP_SECONDS * 1000L;

    protected SweptTablesFactory(String id, String changelog, String intervalOption, String intervalHelp) {
        this.id = id;
        this.changelog = changelog;
        this.intervalOption = intervalOption;
        this.intervalHelp = intervalHelp;
    }

    /** Starts the module's sweep, every {@code intervalMillis}, once Keycloak has started. */
    protected abstract void scheduleSweep(KeycloakSessionFactory factory, long intervalMillis);

    /** Removes a deleted user's rows, in the deleting transaction. */
    protected abstract void userRemoved(KeycloakSession session, String realmId, String userId);

    /** Removes a deleted realm's rows, in the deleting transaction. */
    protected abstract void realmRemoved(KeycloakSession session, String realmId);

    @Override
    public final String getChangelogLocation() {
        return changelog;
    }

    @Override
    public final String getFactoryId() {
        return id;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
        sweepIntervalMillis = ProviderOptions.positive(config, intervalOption, DEFAULT_SWEEP_SECONDS) * 1000L;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        scheduleSweep(factory, sweepIntervalMillis);
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                userRemoved(removed.getKeycloakSession(), removed.getRealm().getId(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                realmRemoved(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(intervalOption).type(ProviderConfigProperty.INTEGER_TYPE).helpText(intervalHelp)
                .defaultValue(DEFAULT_SWEEP_SECONDS).add()
                .build();
    }

    @Override
    public void close() {
    }
}
