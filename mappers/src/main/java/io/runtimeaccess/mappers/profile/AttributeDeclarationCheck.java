package io.runtimeaccess.mappers.profile;

import io.runtimeaccess.mappers.idp.RuntimeAttributeIdpMapper;
import io.runtimeaccess.mappers.idp.RuntimeAttributeMapperConfig;
import io.runtimeaccess.mappers.idp.RuntimeAttributeSamlIdpMapper;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapper;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.userprofile.UserProfileProvider;

/**
 * Keycloak 24+ silently drops user attributes that the realm's user profile does not declare, which
 * would make every imported group vanish without a trace. This check says so in the server log: at
 * start-up, when a token mapper is saved, and when an identity-provider mapper is saved.
 */
public final class AttributeDeclarationCheck {

    private static final Logger LOG = Logger.getLogger(AttributeDeclarationCheck.class);

    private AttributeDeclarationCheck() {
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

    /** Warns for every attribute our mappers in {@code realm} write or read that the profile lacks. */
    public static void checkRealm(KeycloakSession session, RealmModel realm, String trigger) {
        Set<String> attributes = inRealm(session, realm, () -> attributesUsed(session, realm));
        if (!attributes.isEmpty()) {
            warnIfUndeclared(session, realm, attributes, trigger);
        }
    }

    public static void warnIfUndeclared(KeycloakSession session, RealmModel realm, Collection<String> attributes,
            String trigger) {
        List<String> missing = undeclared(session, realm, attributes);
        if (!missing.isEmpty()) {
            LOG.warnf("Realm '%s' (%s): runtime-access mappers use user attribute(s) %s, but the realm's user profile "
                    + "does not declare them, so Keycloak will ignore them. Declare them in Realm settings > User "
                    + "profile with view and edit for admins only.", realm.getName(), trigger, missing);
        }
    }

    /** The attributes of {@code attributes} that the realm's user profile does not declare, sorted. */
    public static List<String> undeclared(KeycloakSession session, RealmModel realm, Collection<String> attributes) {
        UPConfig profile = profileOf(session, realm);
        return attributes.stream().filter(name -> profile.getAttribute(name) == null).sorted().distinct()
                .collect(Collectors.toList());
    }

    private static UPConfig profileOf(KeycloakSession session, RealmModel realm) {
        return inRealm(session, realm, () -> session.getProvider(UserProfileProvider.class).getConfiguration());
    }

    /** Identity-provider storage and the user profile read the realm from the session context. */
    private static <T> T inRealm(KeycloakSession session, RealmModel realm, Supplier<T> work) {
        RealmModel previous = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            return work.get();
        } finally {
            session.getContext().setRealm(previous);
        }
    }

    private static Set<String> attributesUsed(KeycloakSession session, RealmModel realm) {
        Set<String> attributes = new TreeSet<>();
        session.identityProviders().getMappersStream()
                .filter(m -> RuntimeAttributeIdpMapper.PROVIDER_ID.equals(m.getIdentityProviderMapper())
                        || RuntimeAttributeSamlIdpMapper.PROVIDER_ID.equals(m.getIdentityProviderMapper()))
                .forEach(m -> attributes.add(new RuntimeAttributeMapperConfig(m.getConfig()).userAttribute()));
        Stream.concat(realm.getClientsStream().flatMap(c -> c.getProtocolMappersStream()),
                        realm.getClientScopesStream().flatMap(s -> s.getProtocolMappersStream()))
                .filter(m -> RuntimeAttributesTokenMapper.PROVIDER_ID.equals(m.getProtocolMapper()))
                .forEach(m -> attributes.addAll(tokenMapperAttributes(m)));
        return attributes;
    }

    private static List<String> tokenMapperAttributes(ProtocolMapperModel mapper) {
        try {
            return new RuntimeAttributesTokenMapperConfig(mapper.getConfig()).attributes();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
