package io.runtimeaccess.events.finding;

import io.runtimeaccess.events.settings.FindingSettingsEntity;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers the findings, learned-state and findings-settings tables with Keycloak's JPA layer; Keycloak runs the changelog. */
public class AnomalyEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-anomaly";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(FindingEntity.class, ScorerStateEntity.class, FindingSettingsEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-anomaly-changelog/master.xml";
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
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
