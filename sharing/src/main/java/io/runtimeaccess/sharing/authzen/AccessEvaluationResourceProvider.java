package io.runtimeaccess.sharing.authzen;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@link AccessEvaluationResource} at {@code /realms/{realm}/runtime-access}. Its one option,
 * {@value #CHECKER_AUDIENCE}, is the audience a checker's token must carry besides the checker role:
 * {@code --spi-realm-restapi-extension--runtime-access--checker-audience=runtime-access}.
 */
public class AccessEvaluationResourceProvider implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "runtime-access";
    public static final String CHECKER_AUDIENCE = "checker-audience";
    public static final String DEFAULT_CHECKER_AUDIENCE = "runtime-access";

    private String checkerAudience = DEFAULT_CHECKER_AUDIENCE;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new AccessEvaluationResource(session, checkerAudience);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        String configured = config.get(CHECKER_AUDIENCE, DEFAULT_CHECKER_AUDIENCE);
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException(CHECKER_AUDIENCE + " must not be empty: without an audience any "
                    + "client of a realm could carry the checker role to the check API");
        }
        checkerAudience = configured.trim();
    }

    String checkerAudience() {
        return checkerAudience;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(CHECKER_AUDIENCE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The audience (aud) a token must carry, besides the realm role runtime-access-checker, "
                        + "to ask the check API about other users. Give it to a checker client with an Audience "
                        + "mapper.")
                .defaultValue(DEFAULT_CHECKER_AUDIENCE).add()
                .build();
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
