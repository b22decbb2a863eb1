package io.runtimeaccess.governance.listener;

import io.runtimeaccess.governance.run.Onboarding;
import io.runtimeaccess.governance.signin.SignInMarks;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;

/**
 * Marks every successful sign-in (in memory only: a login never waits for a write) and starts onboarding for a
 * new user: a self-registration, a first sign-in through an identity provider (which Keycloak reports as a
 * {@code REGISTER} with an identity provider, or as a {@code FEDERATED_IDENTITY_LINK} of an existing user), or a
 * user created through the admin API.
 */
public class GovernanceListener implements EventListenerProvider {

    private static final String USERS_PATH = "users/";

    private final KeycloakSession session;

    public GovernanceListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getUserId() == null || event.getRealmId() == null) {
            return;
        }
        boolean brokered = event.getDetails() != null && event.getDetails().containsKey(Details.IDENTITY_PROVIDER);
        EventType type = event.getType();
        if (type == EventType.LOGIN || type == EventType.REGISTER) {
            SignInMarks.mark(event.getRealmId(), event.getUserId(), event.getTime(), brokered);
        }
        if (type == EventType.REGISTER || type == EventType.FEDERATED_IDENTITY_LINK) {
            Onboarding.afterCommit(session, event.getRealmId(), event.getUserId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        String path = event.getResourcePath();
        if (event.getResourceType() == ResourceType.USER && event.getOperationType() == OperationType.CREATE
                && path != null && path.startsWith(USERS_PATH) && path.indexOf('/', USERS_PATH.length()) < 0) {
            Onboarding.afterCommit(session, event.getRealmId(), path.substring(USERS_PATH.length()));
        }
    }

    @Override
    public void close() {
    }
}
