package io.runtimeaccess.sharing.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.services.managers.ClientManager;

/**
 * The admin console's public OIDC client, {@value #CLIENT_ID}, provided in every realm that has none: at
 * start-up for the existing realms and whenever a realm is created or imported. A client with that id that
 * already exists is never touched, whatever it looks like: an admin may have tightened it on purpose, and
 * an import that brings its own keeps it.
 */
public final class ConsoleClient {

    public static final String CLIENT_ID = "runtime-access-console";
    /** Marks the clients this provider made, with the version of their settings. */
    public static final String MARKER_ATTRIBUTE = "runtime-access.console-client";
    static final String MARKER_VERSION = "1";
    private static final Logger LOG = Logger.getLogger(ConsoleClient.class);

    private ConsoleClient() {
    }

    /** Registers the start-up and realm-creation hooks; call from a factory's postInit. */
    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                provideInEveryRealm(factory);
            } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
                // Inside the creation's own transaction: the realm and an import's clients are visible here.
                provideIn(created.getKeycloakSession(), created.getCreatedRealm());
            }
        });
    }

    /** One transaction per realm, so one realm's failure cannot keep the client from the others. */
    static void provideInEveryRealm(KeycloakSessionFactory factory) {
        List<String> realmIds = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> session.realms().getRealmsStream().map(RealmModel::getId).collect(Collectors.toList()));
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> {
                    RealmModel realm = session.realms().getRealm(realmId);
                    if (realm != null) {
                        provideIn(session, realm);
                    }
                });
            } catch (RuntimeException e) {
                reportFailure(factory, realmId, e);
            }
        }
    }

    /** Another node starting at the same time may have created it first; only a real failure is worth a warning. */
    private static void reportFailure(KeycloakSessionFactory factory, String realmId, RuntimeException e) {
        boolean existsNow = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            return realm == null || realm.getClientByClientId(CLIENT_ID) != null;
        });
        if (existsNow) {
            LOG.debugf("Client %s of realm %s was created concurrently elsewhere", CLIENT_ID, realmId);
        } else {
            LOG.warnf(e, "Could not create the admin console client %s in realm %s", CLIENT_ID, realmId);
        }
    }

    /** Creates the client in {@code realm} unless a client with its id exists; returns whether it created it. */
    static boolean provideIn(KeycloakSession session, RealmModel realm) {
        if (realm.getClientByClientId(CLIENT_ID) != null) {
            return false;
        }
        // A realm creation's request keeps its own context realm (the admin's); only a start-up job has none.
        RealmModel previous = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            ClientManager.createClient(session, realm, representation(realm.getName()));
        } finally {
            session.getContext().setRealm(previous);
        }
        LOG.infof("Created the admin console client %s in realm %s", CLIENT_ID, realm.getName());
        return true;
    }

    /**
     * A public client with the authorization-code flow and PKCE (S256) only. Its base URL makes Keycloak's
     * admin console show the console as the client's home URL.
     */
    static ClientRepresentation representation(String realmName) {
        String console = "/realms/" + realmName + "/runtime-access/console/";
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT_ID);
        client.setName("Runtime Access console");
        client.setDescription("The Runtime Access admin console (a single-page app); it signs admins in and "
                + "calls the admin API with their rights.");
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setFrontchannelLogout(true);
        client.setRootUrl("${authBaseUrl}");
        client.setBaseUrl(console);
        client.setRedirectUris(List.of(console + "*"));
        client.setWebOrigins(List.of("+"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", "+",
                MARKER_ATTRIBUTE, MARKER_VERSION));
        return client;
    }
}
