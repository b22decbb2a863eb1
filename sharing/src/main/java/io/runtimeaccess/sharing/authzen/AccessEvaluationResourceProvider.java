package io.runtimeaccess.sharing.authzen;

import io.runtimeaccess.sharing.console.ConsoleClient;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@link AccessEvaluationResource} at {@code /realms/{realm}/runtime-access}. Options:
 * <ul>
 * <li>{@value #CHECKER_AUDIENCE}, the audience a checker's token must carry besides the checker role:
 * {@code --spi-realm-restapi-extension--runtime-access--checker-audience=runtime-access};</li>
 * <li>{@value #SELF_SERVICE_AUDIENCE}, the audience a user's token must carry to act in the user's name on the
 * self-service APIs (access requests, review decisions) unless it comes from the console's own client:
 * {@code --spi-realm-restapi-extension--runtime-access--self-service-audience=runtime-access-self-service};</li>
 * <li>{@value #CONSOLE_CLIENT}, whether every realm gets the admin console's client
 * ({@link ConsoleClient}) where it has none: {@code --spi-realm-restapi-extension--runtime-access--console-client=true}.</li>
 * </ul>
 */
public class AccessEvaluationResourceProvider implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "runtime-access";
    public static final String CHECKER_AUDIENCE = "checker-audience";
    public static final String DEFAULT_CHECKER_AUDIENCE = "runtime-access";
    public static final String CONSOLE_CLIENT = "console-client";
    public static final String SELF_SERVICE_AUDIENCE = "self-service-audience";
    /**
     * Not the checker's: an application given this audience so its users can request access must not thereby become
     * a checker client for whoever holds the checker role, nor a checker client act in its users' names.
     */
    public static final String DEFAULT_SELF_SERVICE_AUDIENCE = "runtime-access-self-service";

    private String checkerAudience = DEFAULT_CHECKER_AUDIENCE;
    private boolean consoleClient = true;

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
        String selfService = config.get(SELF_SERVICE_AUDIENCE, DEFAULT_SELF_SERVICE_AUDIENCE);
        if (selfService == null || selfService.isBlank()) {
            throw new IllegalArgumentException(SELF_SERVICE_AUDIENCE + " must not be empty: without an audience a "
                    + "token the user gave any client of the realm could request access and decide reviews");
        }
        if (selfService.trim().equals(checkerAudience)) {
            throw new IllegalArgumentException(SELF_SERVICE_AUDIENCE + " must differ from " + CHECKER_AUDIENCE
                    + ": an application given it for its users' requests would become a checker client");
        }
        CallerToken.useSelfServiceAudience(selfService.trim());
        consoleClient = config.getBoolean(CONSOLE_CLIENT, true);
    }

    boolean consoleClient() {
        return consoleClient;
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
                .property().name(SELF_SERVICE_AUDIENCE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The audience (aud) a user's token must carry to request access or decide reviews in the "
                        + "user's name, unless it was issued to the console's client runtime-access-console. Give it "
                        + "to an application's client with an Audience mapper. It must differ from checker-audience.")
                .defaultValue(DEFAULT_SELF_SERVICE_AUDIENCE).add()
                .property().name(CONSOLE_CLIENT).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .helpText("Create the admin console's public client runtime-access-console in every realm that has "
                        + "none (at start-up and when a realm is created). An existing client is never changed.")
                .defaultValue(true).add()
                .build();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (consoleClient) {
            ConsoleClient.register(factory);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
