package io.runtimeaccess.mappers.usage;

import io.runtimeaccess.mappers.idp.AbstractRuntimeAttributeMapper;
import io.runtimeaccess.mappers.idp.RuntimeAttributeIdpMapper;
import io.runtimeaccess.mappers.idp.RuntimeAttributeMapperConfig;
import io.runtimeaccess.mappers.idp.RuntimeAttributeSamlIdpMapper;
import io.runtimeaccess.mappers.profile.AttributeDeclarationCheck;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapper;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * Which user attributes runtime-access reads in a realm: those its mappers write or read, plus the
 * default names the access check reads, wherever the realm's profile declares them. Kept apart from
 * the mappers and from the profile check, so neither of those depends on the other.
 */
public final class RealmAttributeUsage {

    /** The names the access check reads whatever the mappers say; a realm declaring one uses it. */
    static final List<String> CHECK_API_ATTRIBUTES = List.of(RuntimeAttributesTokenMapperConfig.DEFAULT_GROUPS_ATTRIBUTE,
            RuntimeAttributesTokenMapperConfig.DEFAULT_BUSINESS_FILTERS_ATTRIBUTE,
            RuntimeAttributesTokenMapperConfig.DEFAULT_DESIGNER_ATTRIBUTE);

    private static final Logger LOG = Logger.getLogger(RealmAttributeUsage.class);

    private RealmAttributeUsage() {
    }

    /** Registers a one-off check of every realm for when the server has finished migrating. */
    public static void checkAllRealmsAfterStartup(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session ->
                        session.realms().getRealmsStream().forEach(realm -> checkRealm(session, realm, "server start")));
            }
        });
    }

    /**
     * Logs what is wrong with the declarations of every attribute runtime-access reads in {@code realm},
     * and with the configuration of its identity-provider mappers.
     */
    public static void checkRealm(KeycloakSession session, RealmModel realm, String trigger) {
        Set<String> attributes = AttributeDeclarationCheck.inRealm(session, realm,
                () -> mapperAttributes(session, realm, trigger));
        UPConfig profile = AttributeDeclarationCheck.profileOf(session, realm);
        CHECK_API_ATTRIBUTES.stream().filter(name -> AttributeDeclarationCheck.declaration(profile, name) != null)
                .forEach(attributes::add);
        AttributeDeclarationCheck.check(session, realm, attributes, trigger);
    }

    private static Set<String> mapperAttributes(KeycloakSession session, RealmModel realm, String trigger) {
        Set<String> attributes = new TreeSet<>();
        session.identityProviders().getMappersStream()
                .filter(m -> RuntimeAttributeIdpMapper.PROVIDER_ID.equals(m.getIdentityProviderMapper())
                        || RuntimeAttributeSamlIdpMapper.PROVIDER_ID.equals(m.getIdentityProviderMapper()))
                .forEach(m -> {
                    attributes.add(new RuntimeAttributeMapperConfig(m.getConfig()).userAttribute());
                    reportProblem(realm, m, trigger);
                });
        Stream.concat(realm.getClientsStream().flatMap(c -> c.getProtocolMappersStream()),
                        realm.getClientScopesStream().flatMap(s -> s.getProtocolMappersStream()))
                .filter(m -> RuntimeAttributesTokenMapper.PROVIDER_ID.equals(m.getProtocolMapper()))
                .forEach(m -> attributes.addAll(tokenMapperAttributes(m)));
        return attributes;
    }

    private static void reportProblem(RealmModel realm, IdentityProviderMapperModel mapper, String trigger) {
        String problem = AbstractRuntimeAttributeMapper.configProblem(mapper);
        if (problem != null) {
            LOG.errorf("Realm '%s' (%s): runtime attribute mapper '%s' of identity provider '%s' is misconfigured: %s. "
                    + "Logins leave its attribute unchanged until it is fixed.", realm.getName(), trigger,
                    mapper.getName(), mapper.getIdentityProviderAlias(), problem);
        }
    }

    private static List<String> tokenMapperAttributes(ProtocolMapperModel mapper) {
        try {
            return new RuntimeAttributesTokenMapperConfig(mapper.getConfig()).attributes();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
