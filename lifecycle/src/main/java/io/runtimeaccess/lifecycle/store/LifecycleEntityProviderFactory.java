package io.runtimeaccess.lifecycle.store;

import io.runtimeaccess.lifecycle.offboard.OffboardingFaults;
import io.runtimeaccess.lifecycle.offboard.OffboardingPlanEntity;
import io.runtimeaccess.lifecycle.offboard.OffboardingRemovals;
import io.runtimeaccess.lifecycle.offboard.OffboardingUserEntity;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the bulk-lifecycle tables (prefix {@code RA_LC_}) with Keycloak's JPA layer; Keycloak runs the
 * changelog. Its option {@code fault-injection} (default false) arms the test-only {@link OffboardingFaults}.
 */
public class LifecycleEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String PROVIDER_ID = "runtime-access-lifecycle";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(OffboardingPlanEntity.class, OffboardingUserEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/runtime-access-lifecycle-changelog/master.xml";
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
        OffboardingFaults.enable(config.getBoolean("fault-injection", false));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        OffboardingRemovals.register(factory);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
