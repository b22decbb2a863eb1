package io.runtimeaccess.governance.store;

import io.runtimeaccess.governance.queue.ProposalEntity;
import io.runtimeaccess.governance.queue.QueueRemovals;
import io.runtimeaccess.governance.settingsstore.SettingsEntity;
import io.runtimeaccess.governance.run.RunEntity;
import io.runtimeaccess.governance.signin.SignInEntity;
import io.runtimeaccess.governance.separation.SodEventEntity;
import io.runtimeaccess.governance.separation.SodRuleEntity;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers the access-intelligence tables (prefix {@code RA_GOV_}) with Keycloak's JPA layer; Keycloak runs the changelog. */
public class GovernanceEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-governance";

    @Override
    public List<Class<?>> getEntities() {
        // each concept adds its entities here
        return List.of(SettingsEntity.class, ProposalEntity.class, RunEntity.class, SignInEntity.class,
                SodRuleEntity.class, SodEventEntity.class, io.runtimeaccess.governance.riskstore.UserRiskEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-governance-changelog/master.xml";
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
        QueueRemovals.register(factory);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
